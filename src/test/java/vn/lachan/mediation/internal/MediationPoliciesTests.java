package vn.lachan.mediation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.lachan.forces.TeamMember;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The law's checks on cases, as plain objects. */
class MediationPoliciesTests {

	private static TeamMember man(long id) {
		return new TeamMember(id, null, "Nguyễn Văn " + id, false, false);
	}

	private static TeamMember woman(long id) {
		return new TeamMember(id, null, "Trần Thị " + id, true, false);
	}

	@Test
	void aTeamNeedsThreeMediatorsIncludingAWoman() {
		TeamCompositionPolicy policy = new TeamCompositionPolicy();
		assertThat(policy.check(List.of(man(1), woman(2))).reason()).isEqualTo("mediation-team-too-small");
		assertThat(policy.check(List.of(man(1), man(2), man(3))).reason()).isEqualTo("mediation-team-without-woman");
		assertThat(policy.check(List.of(man(1), man(2), woman(3))).allowed()).isTrue();
	}

	@Test
	void mediatorsComeFromTheTeamAndARelatedOneStepsAside() {
		MediatorPolicy policy = new MediatorPolicy();
		List<TeamMember> team = List.of(man(1), man(2), woman(3));
		assertThat(policy.check(team, List.of(), Set.of()).reason()).isEqualTo("mediation-no-mediator");
		assertThat(policy.check(team, List.of(1L, 99L), Set.of()).reason()).isEqualTo("mediation-mediator-not-in-team");
		assertThat(policy.check(team, List.of(1L, 3L), Set.of(3L)).reason()).isEqualTo("mediation-mediator-related");
		assertThat(policy.check(team, List.of(1L, 3L), Set.of(2L)).allowed()).isTrue();
	}

	@Test
	void mattersToProsecuteOrFineAreRefusedWithTheReason() {
		MediableMatterPolicy policy = new MediableMatterPolicy();
		assertThat(policy.check(DisputeKind.CRIME).reason()).isEqualTo("mediation-matter-criminal");
		assertThat(policy.check(DisputeKind.ADMINISTRATIVE_VIOLATION).reason())
			.isEqualTo("mediation-matter-sanctioned");
		assertThat(policy.check(DisputeKind.PUBLIC_INTEREST).allowed()).isFalse();
		assertThat(policy.check(DisputeKind.NEIGHBOURS).allowed()).isTrue();
	}

	@Test
	void mediationStartsWithinThreeDaysOfAssignmentInVietnamsCalendar() {
		StartDeadline deadline = new StartDeadline();
		// 23:30 UTC on 9 March is 10 March in Vietnam
		Instant assigned = Instant.parse("2021-03-09T23:30:00Z");
		assertThat(deadline.startBy(assigned)).isEqualTo(LocalDate.of(2021, 3, 13));
		assertThat(deadline.late(assigned, LocalDate.of(2021, 3, 13), LocalDate.of(2021, 4, 1))).isFalse();
		assertThat(deadline.late(assigned, LocalDate.of(2021, 3, 14), LocalDate.of(2021, 4, 1))).isTrue();
		assertThat(deadline.late(assigned, null, LocalDate.of(2021, 3, 13))).isFalse();
		assertThat(deadline.late(assigned, null, LocalDate.of(2021, 3, 14))).isTrue();
	}

	@Test
	void aCaseGuardsItsTransitions() {
		LocalDate received = LocalDate.of(2021, 5, 4);
		MediationCase open = new MediationCase(1, 10, 20, Grounds.PARTY_REQUEST, DisputeKind.NEIGHBOURS, "Tranh chấp",
				received, Instant.parse("2021-05-04T02:00:00Z"), CaseStatus.OPEN, null, null, null, List.of(1L),
				List.of());
		assertThatThrownBy(
				() -> open.checkSession(new SessionDetails(received.minusDays(1), "Nhà văn hóa", "Hai bên", null),
						received.plusDays(10)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> open.checkOutcome(new CaseOutcome(CaseStatus.SUCCEEDED, received, null, null)))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("code", "mediation-success-without-session");
		assertThatThrownBy(() -> open.checkOutcome(new CaseOutcome(CaseStatus.OPEN, received, null, null)))
			.hasFieldOrPropertyWithValue("code", "mediation-illegal-transition");
		MediationCase failed = new MediationCase(1, 10, 20, Grounds.PARTY_REQUEST, DisputeKind.NEIGHBOURS, "Tranh chấp",
				received, Instant.parse("2021-05-04T02:00:00Z"), CaseStatus.FAILED, null, received, null, List.of(1L),
				List.of());
		assertThatThrownBy(() -> failed.checkOutcome(new CaseOutcome(CaseStatus.SUCCEEDED, received, null, null)))
			.hasFieldOrPropertyWithValue("code", "mediation-case-closed");
		assertThatThrownBy(failed::checkEscalation).hasFieldOrPropertyWithValue("code", "mediation-case-closed");
	}

}
