package vn.lachan.territory.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.territory.PlaceKind;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.internal.TerritoryManagement.PlaceDetails;

/**
 * What the place form carries. Messages: {@code <Constraint>.placeForm.<field>} in the
 * territory bundles.
 */
public class PlaceForm {

	/** The version the form was opened at; {@code null} on a new record. */
	private Integer version;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private PlaceKind kind = PlaceKind.MARKET;

	private Long groupId;

	@Size(max = 300)
	private String address;

	@DecimalMin("-90")
	@DecimalMax("90")
	@Digits(integer = 3, fraction = 6)
	private BigDecimal latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	@Digits(integer = 3, fraction = 6)
	private BigDecimal longitude;

	static PlaceForm of(PlaceSummary place) {
		PlaceForm form = new PlaceForm();
		form.version = place.version();
		form.name = place.name();
		form.kind = place.kind();
		form.groupId = place.groupId();
		form.address = place.address();
		form.latitude = place.latitude();
		form.longitude = place.longitude();
		return form;
	}

	PlaceDetails details() {
		return new PlaceDetails(this.name.strip(), this.kind, this.groupId, this.address, this.latitude,
				this.longitude);
	}

	/** Both coordinates or neither. */
	@AssertTrue
	public boolean isCoordinatesPaired() {
		return (this.latitude == null) == (this.longitude == null);
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

	public Long getGroupId() {
		return this.groupId;
	}

	public void setGroupId(Long groupId) {
		this.groupId = groupId;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
