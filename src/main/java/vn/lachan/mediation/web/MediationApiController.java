package vn.lachan.mediation.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.forces.TeamMember;
import vn.lachan.mediation.internal.FollowUp;
import vn.lachan.mediation.internal.MediationManagement;
import vn.lachan.mediation.internal.Party;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.tips.OpenedTip;

/**
 * Grassroots mediation cases over the API. A case outside the caller's ward, or of
 * another team for a mediator, answers 404.
 */
@RestController
@Tag(name = "Mediation", description = "Grassroots mediation cases (Law 35/2013), sessions, outcome, escalation")
class MediationApiController {

	private final MediationManagement mediation;

	MediationApiController(MediationManagement mediation) {
		this.mediation = mediation;
	}

	@GetMapping("/api/v1/mediation/cases")
	@Operation(summary = "The register: cases of a ward, newest first")
	PageResult<CaseResponse> cases(CurrentUser user, @RequestParam long unit,
			@Parameter(description = "OPEN, SUCCEEDED, FAILED or WITHDRAWN") @RequestParam(
					required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.mediation.cases(user, unit, status, q, PageQuery.of(page, size))
			.map((c) -> CaseResponse.of(c, this.mediation.today()));
	}

	@GetMapping("/api/v1/mediation/teams/{id}/mediators")
	@Operation(summary = "The active mediators of a mediation team")
	PageResult<TeamMember> mediators(CurrentUser user, @PathVariable long id,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// a team's active mediators, from the forces catalogue: paged in memory
		return PageResult.slice(this.mediation.mediators(user, id), PageQuery.of(page, size));
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "422", description = "the matter may not be mediated, or the team is incomplete")
	@PostMapping("/api/v1/mediation/cases")
	@Operation(summary = "Open a case")
	ResponseEntity<CaseResponse> open(CurrentUser user, @Valid @RequestBody CaseRequest request) {
		long id = this.mediation.open(user, request.opening());
		return ResponseEntity.created(URI.create("/api/v1/mediation/cases/" + id))
			.body(CaseResponse.of(this.mediation.mediationCase(user, id), this.mediation.today()));
	}

	@GetMapping("/api/v1/mediation/cases/{id}")
	@Operation(summary = "A case")
	@ApiResponse(responseCode = "404", description = "no such case, or outside the caller's scope")
	CaseResponse mediationCase(CurrentUser user, @PathVariable long id) {
		return CaseResponse.of(this.mediation.mediationCase(user, id), this.mediation.today());
	}

	@GetMapping("/api/v1/mediation/cases/{id}/parties")
	@Operation(summary = "The parties and invited persons of a case (the read is audited)")
	PageResult<Party> parties(CurrentUser user, @PathVariable long id,
			@Parameter(description = "why the details are read") @RequestParam String purpose,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.mediation.parties(user, id, purpose, PageQuery.of(page, size));
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping("/api/v1/mediation/cases/{id}/sessions")
	@Operation(summary = "Record a session")
	ResponseEntity<Map<String, Long>> session(CurrentUser user, @PathVariable long id,
			@Valid @RequestBody SessionRequest request) {
		long session = this.mediation.recordSession(user, id, request.details());
		return ResponseEntity.created(URI.create("/api/v1/mediation/cases/" + id)).body(Map.of("id", session));
	}

	@PostMapping("/api/v1/mediation/cases/{id}/outcome")
	@Operation(summary = "End a case: success (with the written agreement if wanted), failure or withdrawn")
	@ApiResponse(responseCode = "422", description = "the case is closed, or the transition is not allowed")
	CaseResponse outcome(CurrentUser user, @PathVariable long id, @Valid @RequestBody OutcomeRequest request) {
		this.mediation.conclude(user, id, request.outcome());
		return CaseResponse.of(this.mediation.mediationCase(user, id), this.mediation.today());
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "422", description = "the case did not end in agreement")
	@PostMapping("/api/v1/mediation/cases/{id}/follow-ups")
	@Operation(summary = "Record a check of how the parties carry out their agreement (Đ.26)")
	ResponseEntity<Map<String, Long>> followUp(CurrentUser user, @PathVariable long id,
			@Valid @RequestBody FollowUpRequest request) {
		long followUp = this.mediation.followUp(user, id, request.followUp());
		return ResponseEntity.created(URI.create("/api/v1/mediation/cases/" + id + "/follow-ups"))
			.body(Map.of("id", followUp));
	}

	@GetMapping("/api/v1/mediation/cases/{id}/follow-ups")
	@Operation(summary = "The checks of a case's agreement")
	PageResult<FollowUp> followUps(CurrentUser user, @PathVariable long id,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.mediation.followUps(user, id, PageQuery.of(page, size));

	}

	@PostMapping("/api/v1/mediation/cases/{id}/escalation")
	@Operation(summary = "Escalate: opens a tip linked to the case")
	@ApiResponse(responseCode = "422", description = "the case is closed or already escalated")
	OpenedTip escalate(CurrentUser user, @PathVariable long id, @Valid @RequestBody EscalationRequest request) {
		return this.mediation.escalate(user, id, request.escalation());
	}

}
