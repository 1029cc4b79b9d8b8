package vn.lachan.territory.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.territory.ResidentialGroupKind;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.internal.TerritoryManagement.GroupDetails;

/**
 * What the residential group form carries. Messages:
 * {@code <Constraint>.groupForm.<field>} in the territory bundles.
 */
public class GroupForm {

	/** The version the form was opened at; {@code null} on a new record. */
	private Integer version;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private ResidentialGroupKind kind = ResidentialGroupKind.RESIDENTIAL_GROUP;

	@NotNull
	@Min(0)
	@Max(100_000)
	private Integer households;

	@NotNull
	@Min(0)
	@Max(1_000_000)
	private Integer residents;

	static GroupForm of(ResidentialGroupSummary group) {
		GroupForm form = new GroupForm();
		form.version = group.version();
		form.name = group.name();
		form.kind = group.kind();
		form.households = group.households();
		form.residents = group.residents();
		return form;
	}

	GroupDetails details() {
		return new GroupDetails(this.name.strip(), this.kind, this.households, this.residents);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ResidentialGroupKind getKind() {
		return this.kind;
	}

	public void setKind(ResidentialGroupKind kind) {
		this.kind = kind;
	}

	public Integer getHouseholds() {
		return this.households;
	}

	public void setHouseholds(Integer households) {
		this.households = households;
	}

	public Integer getResidents() {
		return this.residents;
	}

	public void setResidents(Integer residents) {
		this.residents = residents;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
