package vn.lachan.forces.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.forces.internal.Team;
import vn.lachan.forces.internal.TeamDetails;

/**
 * The form that founds or changes a team.
 */
public class TeamForm {

	@NotBlank
	private String kind;

	@NotBlank
	@Size(max = 200)
	private String name;

	private Set<Long> groupIds = new LinkedHashSet<>();

	private Long areaOfficerId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate foundedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	@Size(max = 1000)
	private String notes;

	static TeamForm of(Team team) {
		TeamForm form = new TeamForm();
		form.kind = team.kind();
		form.name = team.name();
		form.groupIds = new LinkedHashSet<>(team.groupIds());
		form.areaOfficerId = team.areaOfficerId();
		form.foundedOn = team.foundedOn();
		form.endedOn = team.endedOn();
		form.notes = team.notes();
		return form;
	}

	TeamDetails details(long unitId) {
		return new TeamDetails(unitId, this.kind, this.name, this.groupIds, this.areaOfficerId, this.foundedOn,
				this.endedOn, (this.notes != null && !this.notes.isBlank()) ? this.notes.strip() : null);
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Set<Long> getGroupIds() {
		return this.groupIds;
	}

	public void setGroupIds(Set<Long> groupIds) {
		this.groupIds = (groupIds != null) ? groupIds : new LinkedHashSet<>();
	}

	public Long getAreaOfficerId() {
		return this.areaOfficerId;
	}

	public void setAreaOfficerId(Long areaOfficerId) {
		this.areaOfficerId = areaOfficerId;
	}

	public LocalDate getFoundedOn() {
		return this.foundedOn;
	}

	public void setFoundedOn(LocalDate foundedOn) {
		this.foundedOn = foundedOn;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
