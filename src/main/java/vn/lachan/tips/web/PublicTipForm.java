package vn.lachan.tips.web;

/**
 * The public tip form, as bound to the page.
 */
public class PublicTipForm extends TipFormFields {

	private Long unitId;

	private String placeToken;

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

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

}
