package vn.lachan.programs.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.lachan.programs.PlanLink;
import vn.lachan.programs.internal.Plan;
import vn.lachan.programs.internal.PlanInput;
import vn.lachan.programs.internal.PlanManagement;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;

/**
 * Plans and directives over the API: tasks, progress, the PDF document and the records
 * they ordered, both ways.
 */
@RestController
@Tag(name = "Plans", description = "Plans and directives, their tasks and the records they ordered")
class PlanApiController {

	private final PlanManagement plans;

	PlanApiController(PlanManagement plans) {
		this.plans = plans;
	}

	/** A plan with its progress in percent. */
	record PlanResponse(Plan plan, int progress) {
		static PlanResponse of(Plan plan) {
			return new PlanResponse(plan, plan.progress());
		}
	}

	@GetMapping("/api/v1/plans")
	@Operation(
			summary = "Plans and directives the caller may see (the committee's, and those with a task for the caller's unit)")
	PageResult<PlanResponse> plans(CurrentUser user,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.plans.plans(user, PageQuery.of(page, size)).map(PlanResponse::of);
	}

	@GetMapping("/api/v1/plans/{id}")
	@Operation(summary = "A plan, its tasks, progress and links")
	PlanResponse plan(CurrentUser user, @PathVariable long id) {
		return PlanResponse.of(this.plans.plan(user, id));
	}

	@PostMapping("/api/v1/plans")
	@Operation(summary = "Record a plan or directive with its tasks and the records it ordered (committee)")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<PlanResponse> create(CurrentUser user, @RequestBody PlanInput input) {
		Plan plan = this.plans.create(user, input);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(PlanResponse.of(plan));
	}

	@PostMapping("/api/v1/plans/{id}/links")
	@Operation(
			summary = "Link a record the plan ordered: forces/team, territory/place, programs/deployment, programs/key-area")
	PlanResponse link(CurrentUser user, @PathVariable long id, @RequestBody PlanInput.LinkInput link) {
		return PlanResponse.of(this.plans.link(user, id, link));
	}

	/** The day a task was done. */
	record TaskDone(LocalDate doneOn) {
	}

	@PostMapping("/api/v1/plans/{id}/tasks/{taskId}/done")
	@Operation(summary = "A task is done (the responsible unit or the committee)")
	PlanResponse done(CurrentUser user, @PathVariable long id, @PathVariable long taskId, @RequestBody TaskDone body) {
		return PlanResponse.of(this.plans.completeTask(user, id, taskId, body.doneOn()));
	}

	@PostMapping(path = "/api/v1/plans/{id}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload the plan's document: a PDF, checked by its content")
	PlanResponse document(CurrentUser user, @PathVariable long id, @RequestPart("file") MultipartFile file)
			throws IOException {
		return PlanResponse.of(this.plans.attachDocument(user, id, file.getOriginalFilename(), file.getBytes()));
	}

	@GetMapping(path = "/api/v1/plans/{id}/document", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The plan's document")
	ResponseEntity<byte[]> download(CurrentUser user, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"plan-" + id + ".pdf\"")
			.body(this.plans.document(user, id));
	}

	@GetMapping("/api/v1/plan-links")
	@Operation(summary = "The plans that ordered a record (the way back from a record to its plans)")
	PageResult<PlanLink> ordering(CurrentUser user, @RequestParam String module, @RequestParam String recordType,
			@RequestParam long recordId,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// the few plans that ordered one record: paged in memory
		return PageResult.slice(this.plans.plansOrdering(user, module, recordType, recordId), PageQuery.of(page, size));

	}

}
