package vn.lachan.tips.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import vn.lachan.tips.TipChannel;

/**
 * A new tip from any channel, as sent: the web form, a place's QR code, an Open311
 * client, the field form or the staff API. {@link TipIntake} checks it and maps it to a
 * {@link Tip} in one place. Nothing about the sender's connection is part of it.
 *
 * @param channel the channel ({@code null} for {@code FIELD} from staff)
 * @param categoryCode the category
 * @param description what happened
 * @param occurredAt when, if known
 * @param receivedAt when it was received, if earlier than now (officers only)
 * @param place the ward, group, address and map pin as given
 * @param placeToken the QR token of the place the form was opened from (public channels)
 * @param reporter who reports
 * @param urgent the urgent class, {@code null} for the category's default (staff only)
 * @param urgencyReason why it is urgent (staff only)
 * @param circumstances the register fields (staff only)
 * @param attributes answers to the category's extra attributes
 * @param idempotencyKey the client's key for retries
 * @param photos sanitised photos (public channels)
 */
public record TipSubmission(TipChannel channel, String categoryCode, String description, Instant occurredAt,
		Instant receivedAt, TipPlace place, String placeToken, ReporterDetails reporter, Boolean urgent,
		String urgencyReason, Circumstances circumstances, Map<String, String> attributes, String idempotencyKey,
		List<Photo> photos) {

	public TipSubmission {
		place = (place != null) ? place : TipPlace.given(null, null, null, null, null);
		reporter = (reporter != null) ? reporter : ReporterDetails.NONE;
		circumstances = (circumstances != null) ? circumstances : Circumstances.NONE;
		attributes = (attributes != null) ? Map.copyOf(attributes) : Map.of();
		photos = (photos != null) ? List.copyOf(photos) : List.of();
	}

	/** A tip from the public (web, QR or Open311). */
	public static TipSubmission ofPublic(TipChannel channel, String categoryCode, String description,
			Instant occurredAt, TipPlace place, String placeToken, ReporterDetails reporter,
			Map<String, String> attributes, String idempotencyKey, List<Photo> photos) {
		return new TipSubmission(channel, categoryCode, description, occurredAt, null, place, placeToken, reporter,
				null, null, Circumstances.NONE, attributes, idempotencyKey, photos);
	}

	/** A tip entered by staff (field, phone or in person). */
	public static TipSubmission ofStaff(TipChannel channel, String categoryCode, String description, Instant occurredAt,
			Instant receivedAt, TipPlace place, ReporterDetails reporter, Boolean urgent, String urgencyReason,
			Circumstances circumstances, String idempotencyKey) {
		return new TipSubmission(channel, categoryCode, description, occurredAt, receivedAt, place, null, reporter,
				urgent, urgencyReason, circumstances, Map.of(), idempotencyKey, List.of());
	}

	/**
	 * A photo already checked and stripped of its metadata.
	 */
	public record Photo(String contentType, byte[] data) {
	}

}
