package vn.lachan.territory.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.shared.text.VietnameseText;
import vn.lachan.territory.ResidentialGroupKind;
import vn.lachan.territory.ResidentialGroupSaved;
import vn.lachan.territory.ResidentialGroupSummary;

/**
 * A tổ dân phố, thôn or xóm of a ward or commune, with its households and residents.
 */
@Table("residential_group")
class ResidentialGroup {

	@Id
	private Long id;

	private long unitId;

	private String name;

	private String nameFolded;

	private ResidentialGroupKind kind;

	private int households;

	private int residents;

	@Version
	private Integer version;

	ResidentialGroup() {
	}

	static ResidentialGroup register(long unitId, String name, ResidentialGroupKind kind, int households,
			int residents) {
		ResidentialGroup group = new ResidentialGroup();
		group.unitId = unitId;
		group.change(name, kind, households, residents);
		return group;
	}

	void change(String newName, ResidentialGroupKind newKind, int newHouseholds, int newResidents) {
		if (newHouseholds < 0 || newResidents < 0) {
			throw new IllegalArgumentException("Figures cannot be negative");
		}
		this.name = newName.strip();
		this.nameFolded = VietnameseText.fold(this.name);
		this.kind = newKind;
		this.households = newHouseholds;
		this.residents = newResidents;
	}

	Long id() {
		return this.id;
	}

	long unitId() {
		return this.unitId;
	}

	String name() {
		return this.name;
	}

	Integer version() {
		return this.version;
	}

	ResidentialGroupSummary summary() {
		return new ResidentialGroupSummary(this.id, this.unitId, this.name, this.kind, this.households, this.residents,
				(this.version != null) ? this.version : 0);
	}

	ResidentialGroupSaved saved() {
		return new ResidentialGroupSaved(this.id, this.unitId, this.households, this.residents);
	}

}
