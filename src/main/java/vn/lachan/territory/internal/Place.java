package vn.lachan.territory.internal;

import java.math.BigDecimal;

import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.shared.jdbc.WardRecord;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.territory.PlaceKind;
import vn.lachan.territory.PlaceSaved;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.internal.TerritoryManagement.PlaceDetails;

import vn.lachan.shared.crypto.RandomCodes;

/**
 * A market, school, business or public space of a ward, with a random token for its QR
 * code.
 */
@Table("place")
class Place extends WardRecord {

	private String name;

	private String nameFolded;

	private PlaceKind kind;

	private String address;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String qrToken;

	@Version
	private Integer version;

	Place() {
	}

	static Place register(long unitId, PlaceDetails details) {
		Place place = new Place();
		place.placeIn(unitId);
		place.qrToken = newToken();
		place.change(details);
		return place;
	}

	void change(PlaceDetails details) {
		moveToGroup(details.groupId());
		this.name = details.name().strip();
		this.nameFolded = VietnameseText.fold(this.name);
		this.kind = details.kind();
		this.address = (details.address() == null || details.address().isBlank()) ? null : details.address().strip();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
	}

	/** Issues a new QR token; the old one stops working. */
	void renewToken() {
		this.qrToken = newToken();
	}

	static String newToken() {
		return RandomCodes.urlSafe(18);
	}

	String qrToken() {
		return this.qrToken;
	}

	PlaceSummary summary() {
		return new PlaceSummary(id(), unitId(), groupId(), this.name, this.kind, this.address, this.latitude,
				this.longitude, (this.version != null) ? this.version : 0);
	}

	PlaceSaved saved() {
		return new PlaceSaved(id(), unitId(), this.kind);
	}

}
