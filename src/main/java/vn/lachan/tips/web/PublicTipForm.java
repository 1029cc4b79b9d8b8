package vn.lachan.tips.web;

import java.math.BigDecimal;

/**
 * The public tip form, as bound to the page.
 */
public class PublicTipForm extends TipFormFields {

	private Long unitId;

	private String placeToken;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private boolean anonymous = true;

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getPlaceToken() {
		return this.placeToken;
	}

	public void setPlaceToken(String placeToken) {
		this.placeToken = placeToken;
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

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

}
