package vn.lachan.residence.web;

import vn.lachan.residence.AccommodationKind;

/**
 * The accommodation registration form of ward staff; the ward is the signed-in officer's.
 */
public class AccommodationForm {

	private AccommodationKind kind;

	private String name;

	private String address;

	private Long groupId;

	private Integer rooms = 0;

	private Integer beds = 0;

	private Long hostId;

	private Long officerId;

	private boolean foreignGuests;

	public AccommodationKind getKind() {
		return this.kind;
	}

	public void setKind(AccommodationKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

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

	public Integer getRooms() {
		return this.rooms;
	}

	public void setRooms(Integer rooms) {
		this.rooms = rooms;
	}

	public Integer getBeds() {
		return this.beds;
	}

	public void setBeds(Integer beds) {
		this.beds = beds;
	}

	public Long getHostId() {
		return this.hostId;
	}

	public void setHostId(Long hostId) {
		this.hostId = hostId;
	}

	public Long getOfficerId() {
		return this.officerId;
	}

	public void setOfficerId(Long officerId) {
		this.officerId = officerId;
	}

	public boolean isForeignGuests() {
		return this.foreignGuests;
	}

	public void setForeignGuests(boolean foreignGuests) {
		this.foreignGuests = foreignGuests;
	}

}
