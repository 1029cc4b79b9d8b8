package vn.lachan.residence.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The host's stay notification form: one accommodation, one or more guests.
 */
public class DeclareForm {

	private Long accommodationId;

	private List<GuestForm> guests = new ArrayList<>(List.of(new GuestForm()));

	public Long getAccommodationId() {
		return this.accommodationId;
	}

	public void setAccommodationId(Long accommodationId) {
		this.accommodationId = accommodationId;
	}

	public List<GuestForm> getGuests() {
		return this.guests;
	}

	public void setGuests(List<GuestForm> guests) {
		this.guests = guests;
	}

	/**
	 * One guest as typed on the phone.
	 */
	public static class GuestForm {

		private String fullName;

		private String birthDate;

		private String sex = "M";

		private String nationality = "VN";

		private String documentKind = "CCCD";

		private String documentNumber;

		private String reason;

		private String arrival;

		private String expectedDeparture;

		private String room;

		public String getFullName() {
			return this.fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public String getBirthDate() {
			return this.birthDate;
		}

		public void setBirthDate(String birthDate) {
			this.birthDate = birthDate;
		}

		public String getSex() {
			return this.sex;
		}

		public void setSex(String sex) {
			this.sex = sex;
		}

		public String getNationality() {
			return this.nationality;
		}

		public void setNationality(String nationality) {
			this.nationality = nationality;
		}

		public String getDocumentKind() {
			return this.documentKind;
		}

		public void setDocumentKind(String documentKind) {
			this.documentKind = documentKind;
		}

		public String getDocumentNumber() {
			return this.documentNumber;
		}

		public void setDocumentNumber(String documentNumber) {
			this.documentNumber = documentNumber;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getArrival() {
			return this.arrival;
		}

		public void setArrival(String arrival) {
			this.arrival = arrival;
		}

		public String getExpectedDeparture() {
			return this.expectedDeparture;
		}

		public void setExpectedDeparture(String expectedDeparture) {
			this.expectedDeparture = expectedDeparture;
		}

		public String getRoom() {
			return this.room;
		}

		public void setRoom(String room) {
			this.room = room;
		}

	}

}
