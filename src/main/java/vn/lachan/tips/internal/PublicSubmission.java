package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.lachan.tips.TipChannel;

/**
 * A tip from the public: the web form, a place's QR code or an Open311 client. Nothing
 * about the sender's connection is part of it.
 *
 * @param channel {@code WEB}, {@code QR} or {@code OPEN311}
 * @param categoryCode the category
 * @param description what happened
 * @param occurredAt when, if known
 * @param unitId the ward (ignored when a place is given)
 * @param groupId the residential group, if known
 * @param placeToken the QR token of the place the form was opened from
 * @param latitude map pin, if given
 * @param longitude map pin, if given
 * @param address address as typed
 * @param anonymous whether the reporter wants to stay unknown
 * @param reporterName their name, if they give it
 * @param reporterContact their phone or e-mail, if they give it
 * @param attributes answers to the category's extra attributes
 * @param idempotencyKey the client's key for retries
 * @param photos sanitised photos
 */
public record PublicSubmission(TipChannel channel, String categoryCode, String description, Instant occurredAt,
		Long unitId, Long groupId, String placeToken, BigDecimal latitude, BigDecimal longitude, String address,
		boolean anonymous, String reporterName, String reporterContact, Map<String, String> attributes,
		String idempotencyKey, List<Photo> photos) {

	public PublicSubmission {
		attributes = (attributes != null) ? Map.copyOf(attributes) : Map.of();
		photos = (photos != null) ? List.copyOf(photos) : List.of();
	}

	/**
	 * A photo already checked and stripped of its metadata.
	 */
	public record Photo(String contentType, byte[] data) {
	}

}
