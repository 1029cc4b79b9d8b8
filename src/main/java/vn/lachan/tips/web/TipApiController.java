package vn.lachan.tips.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.internal.ApiClients;
import vn.lachan.tips.internal.Tip;
import vn.lachan.tips.internal.TipCategories;
import vn.lachan.tips.internal.TipCategory;
import vn.lachan.tips.internal.TipFilter;
import vn.lachan.tips.internal.TipIntake;
import vn.lachan.tips.internal.TipQueries;
import vn.lachan.tips.internal.TipSummary;
import vn.lachan.tips.internal.TipTriage;
import vn.lachan.tips.internal.TipTriage.ReporterIdentity;
import vn.lachan.tips.web.TipRequests.AssignmentRequest;
import vn.lachan.tips.web.TipRequests.FieldTipRequest;
import vn.lachan.tips.web.TipRequests.MergeRequest;
import vn.lachan.tips.web.TipRequests.MessageRequest;
import vn.lachan.tips.web.TipRequests.OutcomeRequest;
import vn.lachan.tips.web.TipRequests.RejectionRequest;
import vn.lachan.tips.web.TipRequests.ResolutionRequest;
import vn.lachan.tips.web.TipRequests.TransferRequest;
import vn.lachan.tips.web.TipRequests.UrgencyRequest;
import vn.lachan.tips.web.TipRequests.VerificationRequest;

/**
 * The tips API for staff: field intake, the inbox, and every transition of triage.
 */
@RestController
@RequestMapping("/api/v1/tips")
@Tag(name = "Tips", description = "Tin báo: field intake, the inbox and every step of triage")
class TipApiController {

	private final TipIntake intake;

	private final TipTriage triage;

	private final TipQueries queries;

	private final TipCategories categories;

	private final ApiClients apiClients;

	private final Clock clock;

	TipApiController(TipIntake intake, TipTriage triage, TipQueries queries, TipCategories categories,
			ApiClients apiClients, Clock clock) {
		this.apiClients = apiClients;
		this.intake = intake;
		this.triage = triage;
		this.queries = queries;
		this.categories = categories;
		this.clock = clock;
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@Operation(
			summary = "Records a tip received in the field (staff and team members); the Idempotency-Key header makes a retry safe")
	@PostMapping
	ResponseEntity<TipView> create(CurrentUser user, @Valid @RequestBody FieldTipRequest request) {
		Tip tip = this.intake.record(user, request.toSubmission());
		return ResponseEntity.created(URI.create("/api/v1/tips/" + tip.id())).body(view(tip));
	}

	@Operation(
			summary = "The inbox: tips in the caller's scope, paged, filtered by status, category, channel, unit, overdue and text")
	@GetMapping
	PageResult<TipSummary> list(CurrentUser user, @RequestParam(required = false) TipStatus status,
			@RequestParam(required = false) String category, @RequestParam(required = false) TipChannel channel,
			@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.queries.list(user, new TipFilter(status, category, channel, unit, overdue, q, null, null),
				PageQuery.of(page, size));
	}

	@Operation(summary = "One tip with its timeline, deadlines and outcomes")
	@GetMapping("/{id}")
	TipView one(CurrentUser user, @PathVariable long id) {
		return view(this.triage.find(user, id));
	}

	@Operation(summary = "Likely duplicates of a tip: same category, near in place and time (at most 50)")
	@GetMapping("/{id}/duplicates")
	PageResult<TipSummary> duplicates(CurrentUser user, @PathVariable long id,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// at most 50 candidates, kept by their distance in memory
		return PageResult.slice(this.queries.duplicatesOf(user, this.triage.find(user, id)), PageQuery.of(page, size));

	}

	@Operation(summary = "The reporter's identity, for a stated purpose; the read is written to the audit trail")
	@GetMapping("/{id}/reporter")
	ReporterIdentity reporter(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String purpose) {
		return this.triage.reporter(user, id, purpose);
	}

	@Operation(summary = "Assigns the tip to an officer account or a team")
	@PostMapping("/{id}/assignment")
	TipView assign(CurrentUser user, @PathVariable long id, @Valid @RequestBody AssignmentRequest request) {
		return view(this.triage.assign(user, id, request.accountId(), request.teamId()));
	}

	@Operation(summary = "Starts verification of the tip")
	@PostMapping("/{id}/verification")
	TipView verify(CurrentUser user, @PathVariable long id,
			@Valid @RequestBody(required = false) VerificationRequest request) {
		return view(this.triage.startVerification(user, id, (request != null) ? request.note() : null));
	}

	@Operation(
			summary = "Resolves the tip with its outcomes (cases, suspects, prevented incidents) and an optional public outcome")
	@PostMapping("/{id}/resolution")
	TipView resolve(CurrentUser user, @PathVariable long id, @Valid @RequestBody ResolutionRequest request) {
		return view(this.triage.resolve(user, id, request.outcomes().stream().map(OutcomeRequest::toOutcome).toList(),
				request.note(), blank(request.publicOutcome())));
	}

	@Operation(summary = "Rejects the tip with a reason (a duplicate names the tip it repeats)")
	@PostMapping("/{id}/rejection")
	TipView reject(CurrentUser user, @PathVariable long id, @Valid @RequestBody RejectionRequest request) {
		return view(this.triage.reject(user, id, request.reason(), request.duplicateOf(), request.note()));
	}

	@Operation(summary = "Transfers the tip to another agency, with the time and a note")
	@PostMapping("/{id}/transfer")
	TipView transfer(CurrentUser user, @PathVariable long id, @Valid @RequestBody TransferRequest request) {
		return view(this.triage.transfer(user, id, request.to(), request.at(), request.note()));
	}

	@Operation(summary = "Marks the tip urgent, or not, with a reason")
	@PostMapping("/{id}/urgency")
	TipView urgency(CurrentUser user, @PathVariable long id, @Valid @RequestBody UrgencyRequest request) {
		return view(this.triage.markUrgent(user, id, request.urgent(), request.reason()));
	}

	@Operation(summary = "Closes the tip as a duplicate of another tip (rejected with reason DUPLICATE)")
	@PostMapping("/{id}/merge")
	TipView merge(CurrentUser user, @PathVariable long id, @Valid @RequestBody MergeRequest request) {
		return view(this.triage.merge(user, id, request.into()));
	}

	@Operation(summary = "The ward asks the reporter a question, seen on the public tracking page")
	@PostMapping("/{id}/messages")
	TipView ask(CurrentUser user, @PathVariable long id, @RequestBody MessageRequest request) {
		return view(this.triage.ask(user, id, request.body()));
	}

	/** Registers an Open311 client (administrators); its key is shown once. */
	@Operation(summary = "Registers an Open311 client (administrators); its key is shown once")
	@PostMapping("/api-clients")
	ResponseEntity<ApiClientView> registerApiClient(CurrentUser user, @RequestBody ApiClientRequest request) {
		if (request.name() == null || request.name().isBlank() || request.name().length() > 120) {
			throw new InvalidInputException(
					List.of(new InvalidInputException.FieldProblem("name", "required", "tip.error.required")));
		}
		String key = this.apiClients.register(user, request.name().strip());
		return ResponseEntity.status(201).body(new ApiClientView(request.name().strip(), key));
	}

	@Operation(summary = "The tip categories: names, group, public and Open311 visibility, default urgency, attributes")
	@GetMapping("/categories")
	PageResult<TipCategory> categories(
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// a short reference list: paged in memory
		return PageResult.slice(this.categories.all(), PageQuery.of(page, size));
	}

	@Operation(summary = "Updates a tip category (administrators)")
	@PutMapping("/categories/{code}")
	TipCategory updateCategory(CurrentUser user, @PathVariable String code, @RequestBody TipCategory category) {
		if (!code.equals(category.code())) {
			throw new InvalidInputException(
					List.of(new InvalidInputException.FieldProblem("code", "mismatch", "tip.error.mismatch")));
		}
		return this.categories.update(user, category);
	}

	record ApiClientRequest(String name) {
	}

	record ApiClientView(String name, String apiKey) {
	}

	private TipView view(Tip tip) {
		return TipView.of(tip, this.clock.instant());
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
