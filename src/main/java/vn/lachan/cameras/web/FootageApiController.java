package vn.lachan.cameras.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.cameras.internal.FootageRequests;
import vn.lachan.cameras.internal.RequestSending;
import vn.lachan.cameras.internal.SentLink;
import vn.lachan.cameras.internal.SentRequest;
import vn.lachan.cameras.internal.Suggestion;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;

/**
 * Footage requests bound to a tip, over the API.
 */
@RestController
@Tag(name = "Footage requests", description = "Requests to camera owners for the footage of a tip's time and place")
class FootageApiController {

	private final FootageRequests requests;

	FootageApiController(FootageRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/api/v1/tips/{tipId}/camera-suggestions")
	@Operation(summary = "Cameras whose cone holds the tip's point and whose retention holds its time")
	PageResult<Suggestion> suggestions(CurrentUser user, @PathVariable long tipId,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// computed from the cones of the ward's cameras, ranked in memory
		return PageResult.slice(this.requests.suggestions(user, tipId), PageQuery.of(page, size));
	}

	@PostMapping("/api/v1/tips/{tipId}/footage-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sends a request to each chosen owner (window at most 12 hours)",
			description = "Answers each request's private link once; it is mailed where the owner gave an address.")
	List<SentLink> send(CurrentUser user, @PathVariable long tipId, @RequestBody FootageRequestBody body) {
		return this.requests.send(user, tipId,
				new RequestSending(body.cameraIds(), body.windowFrom(), body.windowTo()));
	}

	@GetMapping("/api/v1/tips/{tipId}/footage-requests")
	@Operation(summary = "The footage requests of a tip; declines without camera or owner")
	PageResult<SentRequest> ofTip(CurrentUser user, @PathVariable long tipId,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.requests.ofTip(user, tipId, PageQuery.of(page, size));

	}

	@GetMapping("/api/v1/footage-requests/{id}")
	@Operation(summary = "A footage request")
	SentRequest get(CurrentUser user, @PathVariable long id) {
		return this.requests.request(user, id);
	}

}
