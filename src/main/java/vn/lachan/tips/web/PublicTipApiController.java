package vn.lachan.tips.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.internal.ReporterDetails;
import vn.lachan.tips.internal.TipPlace;
import vn.lachan.tips.internal.TipSubmission;
import vn.lachan.tips.internal.Receipt;
import vn.lachan.tips.internal.TipCategories;
import vn.lachan.tips.internal.TipFollowUp;
import vn.lachan.tips.internal.TipFollowUp.TrackedTip;
import vn.lachan.tips.internal.TipIntake;
import vn.lachan.tips.web.TipRequests.MessageRequest;
import vn.lachan.tips.web.TipRequests.PublicTipRequest;

/**
 * The public tips API: anonymous intake (JSON, no photos) and follow-up by receipt code
 * and secret (sent in the {@code X-Tip-Secret} header, never in the URL).
 */
@RestController
@RequestMapping("/api/v1/public/tips")
class PublicTipApiController {

	static final String SECRET_HEADER = "X-Tip-Secret";

	private final TipIntake intake;

	private final TipFollowUp followUp;

	private final TipCategories categories;

	PublicTipApiController(TipIntake intake, TipFollowUp followUp, TipCategories categories) {
		this.intake = intake;
		this.followUp = followUp;
		this.categories = categories;
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping
	ResponseEntity<ReceiptView> submit(@Valid @RequestBody PublicTipRequest request) {
		Receipt receipt = this.intake.submit(TipSubmission.ofPublic(TipChannel.WEB, request.categoryCode(),
				request.description(), request.occurredAt(),
				TipPlace.given(request.unitId(), request.groupId(), request.address(), request.latitude(),
						request.longitude()),
				request.placeToken(), ReporterDetails.ofPublic(!Boolean.FALSE.equals(request.anonymous()),
						request.reporterName(), request.reporterContact()),
				request.attributes(), request.idempotencyKey(), List.of()));
		return ResponseEntity.created(URI.create("/api/v1/public/tips/" + receipt.code()))
			.body(new ReceiptView(receipt.code(), receipt.secret()));
	}

	@GetMapping("/{receipt}")
	TrackedTip track(@PathVariable String receipt,
			@RequestHeader(name = SECRET_HEADER, required = false) String secret) {
		return this.followUp.track(receipt, secret);
	}

	@PostMapping("/{receipt}/messages")
	TrackedTip answer(@PathVariable String receipt,
			@RequestHeader(name = SECRET_HEADER, required = false) String secret, @RequestBody MessageRequest request) {
		return this.followUp.answer(receipt, secret, request.body());
	}

	@GetMapping("/categories")
	PageResult<CategoryOption> categories(Locale locale,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// a short reference list: paged in memory
		return PageResult.slice(this.categories.all(), PageQuery.of(page, size))
			.map((category) -> new CategoryOption(category.code(), category.name(locale)));

	}

	/** The receipt, shown once. */
	record ReceiptView(String receipt, String secret) {
	}

	record CategoryOption(String code, String name) {
	}

}
