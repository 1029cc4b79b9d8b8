package vn.lachan.forces.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.forces.TeamKind;
import vn.lachan.forces.internal.ForcesManagement;
import vn.lachan.forces.internal.MembershipWarningsException;
import vn.lachan.forces.internal.PersonalDetails;
import vn.lachan.forces.internal.Team;
import vn.lachan.forces.internal.TeamQuery;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.web.Problems;

/**
 * Teams and their members over the API. Teams outside the caller's scope answer 404.
 */
@RestController
@Tag(name = "Teams", description = "Teams of every kind, their members and personal details under audit")
class TeamApiController {

	private final ForcesManagement forces;

	private final WarningMessages warnings;

	private final Problems problems;

	TeamApiController(ForcesManagement forces, WarningMessages warnings, Problems problems) {
		this.forces = forces;
		this.warnings = warnings;
		this.problems = problems;
	}

	@GetMapping("/api/v1/teams")
	@Operation(summary = "Teams within the caller's scope", description = "Searches names with diacritics folded.")
	PageResult<TeamResponse> teams(CurrentUser user,
			@Parameter(description = "a unit: its teams and those below it") @RequestParam(required = false) Long unit,
			@Parameter(description = "a kind's code, e.g. SECURITY") @RequestParam(required = false) String kind,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.forces.teams(user, new TeamQuery(unit, kind, q), PageQuery.of(page, size))
			.map((team) -> TeamResponse.of(team, List.of()));
	}

	@GetMapping("/api/v1/teams/{id}")
	@Operation(summary = "A team, with its composition warnings today")
	@ApiResponse(responseCode = "404", description = "no such team, or outside the caller's scope")
	TeamResponse team(CurrentUser user, @PathVariable long id) {
		Team team = this.forces.team(user, id);
		return TeamResponse.of(team, this.warnings.texts(this.forces.compositionWarnings(team)));
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping("/api/v1/teams")
	@Operation(summary = "Found a team (ward officers)")
	ResponseEntity<TeamResponse> create(CurrentUser user, @Valid @RequestBody TeamRequest request) {
		Team team = this.forces.createTeam(user, request.details());
		return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(TeamResponse.of(team, List.of()));
	}

	@PutMapping("/api/v1/teams/{id}")
	@Operation(summary = "Change a team: name, coverage, officer, dates (an end date dissolves it)")
	TeamResponse update(CurrentUser user, @PathVariable long id, @Valid @RequestBody TeamRequest request) {
		return TeamResponse.of(this.forces.updateTeam(user, id, request.details()), List.of());
	}

	@GetMapping("/api/v1/teams/{id}/members")
	@Operation(summary = "A team's roster, former members included; no personal details")
	PageResult<MemberResponse> members(CurrentUser user, @PathVariable long id,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.forces.members(user, id, PageQuery.of(page, size)).map(MemberResponse::of);
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping("/api/v1/teams/{id}/members")
	@Operation(summary = "A person joins a team",
			description = "Broken membership rules answer 422 with code membership-warnings and the warnings; "
					+ "send confirmWarnings=true to confirm them, which is recorded with who confirmed.")
	ResponseEntity<MemberResponse> addMember(CurrentUser user, @PathVariable long id,
			@Valid @RequestBody MemberRequest request) {
		MemberResponse member = MemberResponse.of(this.forces.addMember(user, id, request.member()));
		return ResponseEntity.created(URI.create("/api/v1/teams/" + id + "/members/" + member.membershipId()))
			.body(member);
	}

	/**
	 * The day a member left.
	 */
	record LeaveRequest(@NotNull LocalDate leftOn) {
	}

	@PostMapping("/api/v1/teams/{id}/members/{membershipId}/leave")
	@Operation(summary = "A member leaves; the membership stays as history")
	MemberResponse leave(CurrentUser user, @PathVariable long id, @PathVariable long membershipId,
			@Valid @RequestBody LeaveRequest request) {
		return MemberResponse.of(this.forces.leave(user, id, membershipId, request.leftOn()));
	}

	@GetMapping("/api/v1/members/{personId}/personal-details")
	@Operation(summary = "A member's personal details (phone, date of birth, address)",
			description = "Written to the audit trail with the stated purpose.")
	PersonalDetails personalDetails(CurrentUser user, @PathVariable long personId,
			@Parameter(description = "why the details are read") @RequestParam(required = false) String purpose) {
		return this.forces.personalDetails(user, personId, purpose);
	}

	@GetMapping("/api/v1/team-kinds")
	@Operation(summary = "The kinds of team")
	PageResult<TeamKind> kinds(
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// a short reference list: paged in memory
		return PageResult.slice(this.forces.kinds(), PageQuery.of(page, size));

	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping("/api/v1/team-kinds")
	@Operation(summary = "Add a kind of team (administrators)")
	ResponseEntity<TeamKind> addKind(CurrentUser user, @Valid @RequestBody KindRequest request) {
		TeamKind kind = this.forces.addKind(user, new TeamKind(request.code(), request.nameVi(), request.nameEn(),
				(request.sortOrder() != null) ? request.sortOrder() : 100));
		return ResponseEntity.status(HttpStatus.CREATED).body(kind);
	}

	/**
	 * A new kind of team.
	 */
	record KindRequest(@jakarta.validation.constraints.Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}") String code,
			@jakarta.validation.constraints.NotBlank String nameVi,
			@jakarta.validation.constraints.NotBlank String nameEn, Integer sortOrder) {
	}

	@ExceptionHandler(MembershipWarningsException.class)
	ResponseEntity<ProblemDetail> warnings(MembershipWarningsException ex) {
		ProblemDetail problem = this.problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.code());
		problem.setProperty("warnings",
				ex.warnings()
					.stream()
					.map((warning) -> Map.of("rule", warning.rule(), "threshold", warning.threshold(), "message",
							this.warnings.text(warning)))
					.toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
