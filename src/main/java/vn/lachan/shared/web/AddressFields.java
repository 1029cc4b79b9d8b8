package vn.lachan.shared.web;

/**
 * The address fields a page form shares with others: the street address and the
 * residential group (tổ dân phố) it lies in. A form extends it so that its fields keep
 * their flat names ({@code address}, {@code groupId}); a form that constrains one
 * overrides its getter with the constraint.
 */
public abstract class AddressFields {

	private String address;

	private Long groupId;

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public void setGroupId(Long groupId) {
		this.groupId = groupId;
	}

}
