package vn.lachan.programs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.programs.internal.CriteriaSet;
import vn.lachan.programs.internal.CriteriaSetInput;
import vn.lachan.programs.internal.Scorecard;
import vn.lachan.programs.internal.Scorecard.EnteredValue;
import vn.lachan.programs.internal.ScoringManagement;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Ward scoring over the API: criteria sets, scorecards and their approval, the league
 * table and recognition.
 */
@RestController
@Tag(name = "Ward scoring", description = "Criteria sets, scorecards, approval, league table, recognition")
class ScoringApiController {

	private final ScoringManagement scoring;

	private final TerritoryCatalog territory;

	ScoringApiController(ScoringManagement scoring, TerritoryCatalog territory) {
		this.scoring = scoring;
		this.territory = territory;
	}

	/** Opens the ward's scorecard for a set and period. */
	record OpenRequest(Long unitId, String setCode, Integer period) {
	}

	/** Entered values by criterion code. */
	record FillRequest(Map<String, EnteredValue> values) {
	}

	/** The committee's comment when returning a scorecard. */
	record ReturnRequest(String comment) {
	}

	/** The recognition decision. */
	record RecognitionRequest(String number, LocalDate decidedOn) {
	}

	/** One criterion's line on a scorecard. */
	record ScoreLine(String code, String name, int weight, String indicator, String comparison, BigDecimal threshold,
			BigDecimal value, String evidence, boolean met) {
	}

	/** A scorecard as the API shows it. */
	record ScorecardResponse(long id, long unitId, String unit, String setCode, int setVersion, String setName,
			int period, String status, int score, boolean allMet, String light, String comment,
			String recognitionNumber, LocalDate recognisedOn, List<ScoreLine> lines) {
	}

	@GetMapping("/api/v1/criteria-sets")
	@Operation(summary = "Criteria sets, every version with its validity")
	PageResult<CriteriaSet> sets(
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// a short reference list: paged in memory
		return PageResult.slice(this.scoring.sets(), PageQuery.of(page, size));
	}

	@PostMapping("/api/v1/criteria-sets")
	@Operation(summary = "A new version of a criteria set; the previous one is closed the day it takes effect")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<CriteriaSet> define(CurrentUser user, @RequestBody CriteriaSetInput input) {
		return ResponseEntity.status(201).body(this.scoring.defineSet(user, input));
	}

	@GetMapping("/api/v1/scorecards")
	@Operation(summary = "Scorecards within the caller's scope")
	PageResult<ScorecardResponse> scorecards(CurrentUser user,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.scoring.scorecards(user, PageQuery.of(page, size)).map(this::response);
	}

	@PostMapping("/api/v1/scorecards")
	@Operation(summary = "Open (or find) the ward's scorecard for a set and period, with the platform's figures")
	ScorecardResponse open(CurrentUser user, @RequestBody OpenRequest request) {
		long unit = (request.unitId() != null) ? request.unitId() : user.unitId();
		return response(this.scoring.open(user, unit, request.setCode(), request.period()));
	}

	@GetMapping("/api/v1/scorecards/{id}")
	@Operation(summary = "A scorecard")
	ScorecardResponse scorecard(CurrentUser user, @PathVariable long id) {
		return response(this.scoring.scorecard(user, id));
	}

	@PutMapping("/api/v1/scorecards/{id}/values")
	@Operation(summary = "Enter values with evidence (ward, while draft or returned)")
	ScorecardResponse fill(CurrentUser user, @PathVariable long id, @RequestBody FillRequest request) {
		return response(this.scoring.fill(user, id, (request.values() == null) ? Map.of() : request.values()));
	}

	@PostMapping("/api/v1/scorecards/{id}/submit")
	@Operation(summary = "The ward submits its scorecard")
	ScorecardResponse submit(CurrentUser user, @PathVariable long id) {
		return response(this.scoring.submit(user, id));
	}

	@PostMapping("/api/v1/scorecards/{id}/approve")
	@Operation(summary = "The committee approves; the scorecard is locked")
	ScorecardResponse approve(CurrentUser user, @PathVariable long id) {
		return response(this.scoring.approve(user, id));
	}

	@PostMapping("/api/v1/scorecards/{id}/return")
	@Operation(summary = "The committee returns the scorecard with a comment")
	ScorecardResponse returnIt(CurrentUser user, @PathVariable long id, @RequestBody ReturnRequest request) {
		return response(this.scoring.returnWith(user, id, request.comment()));
	}

	@PostMapping("/api/v1/scorecards/{id}/recognition")
	@Operation(summary = "Recognition as a model ward, with the decision number and date")
	ScorecardResponse recognise(CurrentUser user, @PathVariable long id, @RequestBody RecognitionRequest request) {
		return response(this.scoring.recognise(user, id, request.number(), request.decidedOn()));
	}

	@GetMapping("/api/v1/league")
	@Operation(summary = "The league table of a set's period, with traffic lights",
			description = "One scorecard per ward in scope, ranked by the computed score: paged after ranking")
	PageResult<ScorecardResponse> league(CurrentUser user, @RequestParam String setCode, @RequestParam int period,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return PageResult.slice(this.scoring.league(user, setCode, period), PageQuery.of(page, size))
			.map(this::response);

	}

	ScorecardResponse response(Scorecard card) {
		Map<Long, ScoreLine> lines = new LinkedHashMap<>();
		card.set().criteria().forEach((criterion) -> {
			var score = card.scoreOf(criterion);
			lines.put(criterion.id(),
					new ScoreLine(criterion.code(), criterion.name(), criterion.weight(), criterion.indicator(),
							criterion.comparison().name(), criterion.threshold(),
							(score != null) ? score.value() : null, (score != null) ? score.evidence() : null,
							score != null && score.met()));
		});
		return new ScorecardResponse(card.id(), card.unitId(),
				this.territory.findUnit(card.unitId()).map((unit) -> unit.name()).orElse(null), card.set().code(),
				card.set().version(), card.set().name(), card.period(), card.status().name(), card.score(),
				card.allMet(), card.light(), card.comment(), card.recognitionNumber(), card.recognisedOn(),
				List.copyOf(lines.values()));
	}

}
