package vn.lachan.shared.web;

import java.math.BigDecimal;

/**
 * The address fields and a point on the map (WGS 84 degrees), as a page form binds them:
 * {@code address}, {@code groupId}, {@code latitude}, {@code longitude}.
 */
public abstract class LocatedFields extends AddressFields {

	private BigDecimal latitude;

	private BigDecimal longitude;

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

}
