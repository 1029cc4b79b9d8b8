package vn.lachan.mediation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.lachan.mediation.internal.CaseOpening;
import vn.lachan.mediation.internal.Commands;
import vn.lachan.mediation.internal.DisputeKind;
import vn.lachan.mediation.internal.Grounds;
import vn.lachan.mediation.internal.PartyDetails;

/** A new mediation case over the API. */
record CaseRequest(@NotNull Long unitId, @NotNull Long teamId, @NotNull Grounds grounds, @NotNull DisputeKind kind,
		@NotBlank @Size(max = Commands.SUMMARY_MAX) String summary, @NotNull LocalDate receivedOn,
		@NotEmpty @Size(max = 20) List<@Valid PartyRequest> parties, @NotEmpty @Size(max = 10) List<Long> mediatorIds,
		Set<Long> relatedMediatorIds) {

	record PartyRequest(@NotBlank @Size(max = 200) String name, @Size(max = 100) String contact,
			@Size(max = 300) String address, boolean invited) {
	}

	CaseOpening opening() {
		return new CaseOpening(this.unitId, this.teamId, this.grounds, this.kind, this.summary, this.receivedOn,
				this.parties.stream()
					.map((p) -> new PartyDetails(p.name(), p.contact(), p.address(), p.invited()))
					.toList(),
				this.mediatorIds, (this.relatedMediatorIds != null) ? this.relatedMediatorIds : Set.of());
	}

}
