package vn.lachan.streets.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.photo.PhotoSanitizer;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.streets.ViolationStep;
import vn.lachan.streets.internal.Violation;
import vn.lachan.streets.internal.ViolationManagement;
import vn.lachan.streets.internal.ViolationQueries;
import vn.lachan.streets.web.ViolationRequests.DecisionRequest;
import vn.lachan.streets.web.ViolationRequests.FromTipRequest;
import vn.lachan.streets.web.ViolationRequests.StepRequest;
import vn.lachan.streets.web.ViolationRequests.SweepRequest;
import vn.lachan.streets.web.ViolationRequests.ViolationRequest;

/**
 * Urban-order violations over the API: record from the field (also from a tip, or many on
 * a sweep), photos, steps, the decision, repeat offenders.
 */
@RestController
@RequestMapping("/api/v1/streets")
class ViolationApiController {

	private final ViolationManagement management;

	private final ViolationQueries queries;

	ViolationApiController(ViolationManagement management, ViolationQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@GetMapping("/violations")
	PageResult<ViolationQueries.ViolationRow> list(CurrentUser user, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) ViolationStep step, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.queries.search(units(user, unit), step, q, this.management.today(), PageQuery.of(page, size));
	}

	@PostMapping("/violations")
	@ResponseStatus(HttpStatus.CREATED)
	ViolationResponse record(CurrentUser user, @Valid @RequestBody ViolationRequest request) {
		return response(user, this.management.record(user, request.toInput(), List.of()));
	}

	@GetMapping("/violations/{id}")
	ViolationResponse violation(CurrentUser user, @PathVariable long id) {
		return response(user, this.management.find(user, id));
	}

	@PostMapping(path = "/violations/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ViolationResponse photo(CurrentUser user, @PathVariable long id, @RequestPart("photo") MultipartFile photo) {
		try {
			this.management.addPhoto(user, id, photo.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return response(user, this.management.find(user, id));
	}

	@GetMapping("/violations/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(CurrentUser user, @PathVariable long id, @PathVariable long photoId) {
		PhotoSanitizer.Photo photo = this.management.photo(user, id, photoId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.data());
	}

	@PostMapping("/violations/{id}/steps")
	ViolationResponse step(CurrentUser user, @PathVariable long id, @Valid @RequestBody StepRequest request) {
		return response(user, this.management.advance(user, id, request.step(), request.on(), request.note(),
				Boolean.TRUE.equals(request.transfer())));
	}

	@PostMapping("/violations/{id}/decision")
	ViolationResponse decide(CurrentUser user, @PathVariable long id, @Valid @RequestBody DecisionRequest request) {
		return response(user, this.management.decide(user, id, request.titleCode(), request.fine(), request.decidedOn(),
				request.note()));
	}

	@PostMapping("/violations/{id}/extension")
	ViolationResponse extend(CurrentUser user, @PathVariable long id) {
		return response(user, this.management.extendDecisionLimit(user, id));
	}

	@PostMapping("/tips/{tipId}/violation")
	ViolationResponse fromTip(CurrentUser user, @PathVariable long tipId, @Valid @RequestBody FromTipRequest request) {
		return response(user, this.management.recordFromTip(user, tipId, request.typeCode(), request.offenderKind(),
				request.offenderName(), request.offenderIdentifier(), request.summary()));
	}

	@PostMapping("/sweeps")
	@ResponseStatus(HttpStatus.CREATED)
	List<ViolationResponse> sweep(CurrentUser user, @Valid @RequestBody SweepRequest request) {
		return this.management
			.sweep(user, request.unitId(), request.teamId(), request.street(), request.sweepDate(),
					request.violations().stream().map(ViolationRequest::toInput).toList())
			.stream()
			.map((v) -> ViolationResponse.of(v, List.of(), this.management.today()))
			.toList();
	}

	@GetMapping("/repeat-offenders")
	PageResult<ViolationQueries.RepeatOffender> repeatOffenders(CurrentUser user,
			@RequestParam(required = false) Long unit,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.queries.repeatOffenders(units(user, unit), PageQuery.of(page, size));

	}

	private ViolationResponse response(CurrentUser user, Violation violation) {
		return ViolationResponse.of(violation, this.management.photoIds(user, violation.id()), this.management.today());
	}

	static Set<Long> units(CurrentUser user, Long unit) {
		if (unit != null) {
			user.requireUnit(unit, "unit", unit);
			return Set.of(unit);
		}
		return user.unitIds();
	}

}
