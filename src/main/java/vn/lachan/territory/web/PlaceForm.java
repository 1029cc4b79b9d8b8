package vn.lachan.territory.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.shared.web.LocatedFields;
import vn.lachan.territory.PlaceKind;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.internal.TerritoryManagement.PlaceDetails;

/**
 * What the place form carries. Messages: {@code <Constraint>.placeForm.<field>} in the
 * territory bundles.
 */
public class PlaceForm extends LocatedFields {

	/** The version the form was opened at; {@code null} on a new record. */
	private Integer version;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private PlaceKind kind = PlaceKind.MARKET;

	static PlaceForm of(PlaceSummary place) {
		PlaceForm form = new PlaceForm();
		form.version = place.version();
		form.name = place.name();
		form.kind = place.kind();
		form.setGroupId(place.groupId());
		form.setAddress(place.address());
		form.setLatitude(place.latitude());
		form.setLongitude(place.longitude());
		return form;
	}

	PlaceDetails details() {
		return new PlaceDetails(this.name.strip(), this.kind, getGroupId(), getAddress(), getLatitude(),
				getLongitude());
	}

	/** Both coordinates or neither. */
	@AssertTrue
	public boolean isCoordinatesPaired() {
		return (getLatitude() == null) == (getLongitude() == null);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public PlaceKind getKind() {
		return this.kind;
	}

	public void setKind(PlaceKind kind) {
		this.kind = kind;
	}

	@Size(max = 300)
	@Override
	public String getAddress() {
		return super.getAddress();
	}

	@DecimalMin("-90")
	@DecimalMax("90")
	@Digits(integer = 3, fraction = 6)
	@Override
	public BigDecimal getLatitude() {
		return super.getLatitude();
	}

	@DecimalMin("-180")
	@DecimalMax("180")
	@Digits(integer = 3, fraction = 6)
	@Override
	public BigDecimal getLongitude() {
		return super.getLongitude();
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
