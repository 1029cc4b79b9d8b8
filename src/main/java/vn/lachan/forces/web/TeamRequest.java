package vn.lachan.forces.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.forces.internal.TeamDetails;

/**
 * A team as the API founds or changes it.
 */
record TeamRequest(@NotNull Long unitId, @NotBlank @Size(max = 30) String kind, @NotBlank @Size(max = 200) String name,
		Set<Long> groupIds, Long areaOfficerId, @NotNull LocalDate foundedOn, LocalDate endedOn,
		@Size(max = 1000) String notes) {

	TeamDetails details() {
		return new TeamDetails(this.unitId, this.kind, this.name, this.groupIds, this.areaOfficerId, this.foundedOn,
				this.endedOn, this.notes);
	}

}
