package vn.lachan.mediation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.mediation.internal.CaseOpening;
import vn.lachan.mediation.internal.Commands;
import vn.lachan.mediation.internal.DisputeKind;
import vn.lachan.mediation.internal.Grounds;
import vn.lachan.mediation.internal.PartyDetails;

/** The console's form opening a case: two parties, the team and its mediators. */
class CaseForm {

	@NotNull
	private Long teamId;

	@NotNull
	private Grounds grounds = Grounds.PARTY_REQUEST;

	@NotNull
	private DisputeKind kind;

	@NotBlank
	@Size(max = Commands.SUMMARY_MAX)
	private String summary;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	@NotBlank
	@Size(max = 200)
	private String firstName;

	@Size(max = 100)
	private String firstContact;

	@Size(max = 300)
	private String firstAddress;

	@NotBlank
	@Size(max = 200)
	private String secondName;

	@Size(max = 100)
	private String secondContact;

	@Size(max = 300)
	private String secondAddress;

	private List<Long> mediatorIds = new ArrayList<>();

	CaseOpening opening(long unitId) {
		return new CaseOpening(unitId, this.teamId, this.grounds, this.kind, this.summary, this.receivedOn,
				List.of(new PartyDetails(this.firstName, this.firstContact, this.firstAddress, false),
						new PartyDetails(this.secondName, this.secondContact, this.secondAddress, false)),
				(this.mediatorIds != null) ? this.mediatorIds : List.of(), Set.of());
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Grounds getGrounds() {
		return this.grounds;
	}

	public void setGrounds(Grounds grounds) {
		this.grounds = grounds;
	}

	public DisputeKind getKind() {
		return this.kind;
	}

	public void setKind(DisputeKind kind) {
		this.kind = kind;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getFirstContact() {
		return this.firstContact;
	}

	public void setFirstContact(String firstContact) {
		this.firstContact = firstContact;
	}

	public String getFirstAddress() {
		return this.firstAddress;
	}

	public void setFirstAddress(String firstAddress) {
		this.firstAddress = firstAddress;
	}

	public String getSecondName() {
		return this.secondName;
	}

	public void setSecondName(String secondName) {
		this.secondName = secondName;
	}

	public String getSecondContact() {
		return this.secondContact;
	}

	public void setSecondContact(String secondContact) {
		this.secondContact = secondContact;
	}

	public String getSecondAddress() {
		return this.secondAddress;
	}

	public void setSecondAddress(String secondAddress) {
		this.secondAddress = secondAddress;
	}

	public List<Long> getMediatorIds() {
		return this.mediatorIds;
	}

	public void setMediatorIds(List<Long> mediatorIds) {
		this.mediatorIds = mediatorIds;
	}

}
