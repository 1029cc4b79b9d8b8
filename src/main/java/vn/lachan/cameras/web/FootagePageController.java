package vn.lachan.cameras.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.cameras.internal.FootageRequests;
import vn.lachan.cameras.internal.RequestSending;
import vn.lachan.cameras.internal.SentLink;
import vn.lachan.cameras.internal.SentRequest;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.tips.TipOverview;

/**
 * The officer's footage requests: from a tip, the suggested cameras and the window; then
 * the requests of the tip and their answers.
 */
@Controller
class FootagePageController {

	private final FootageRequests requests;

	FootagePageController(FootageRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/console/cameras/requests/new")
	String form(CurrentUser user, @RequestParam long tip, Model model) {
		TipOverview overview = this.requests.tip(user, tip);
		RequestForm form = new RequestForm();
		Instant incident = (overview.occurredAt() != null) ? overview.occurredAt() : overview.receivedAt();
		LocalDateTime at = LocalDateTime.ofInstant(incident, VietnamTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
		form.setWindowFrom(at.minusHours(1));
		form.setWindowTo(at.plusHours(1));
		return show(user, overview, form, model);
	}

	private String show(CurrentUser user, TipOverview tip, RequestForm form, Model model) {
		model.addAttribute("tip", tip);
		model.addAttribute("form", form);
		model.addAttribute("suggestions", this.requests.suggestions(user, tip.tipId()));
		return "cameras/request-new";
	}

	@PostMapping("/console/cameras/requests/new")
	String send(CurrentUser user, @RequestParam long tip, @ModelAttribute("form") RequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TipOverview overview = this.requests.tip(user, tip);
		if (!result.hasErrors()) {
			try {
				List<SentLink> sent = this.requests.send(user, tip, new RequestSending(form.getCameraIds(),
						instant(form.getWindowFrom()), instant(form.getWindowTo())));
				// shown once, in this answer only: the tokens are never kept (not even in
				// a
				// flash attribute, which would put them in the session table)
				model.addAttribute("sent", sent);
				return list(user, tip, model);
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (RuleViolationException ex) {
				result.reject("problem." + ex.code(), "problem." + ex.code());
			}
		}
		return show(user, overview, form, model);
	}

	@GetMapping("/console/cameras/requests")
	String list(CurrentUser user, @RequestParam(required = false) Long tip, Model model) {
		List<SentRequest> found;
		if (tip != null) {
			model.addAttribute("tip", this.requests.tip(user, tip));
			found = this.requests.ofTip(user, tip);
		}
		else {
			found = this.requests.recent(user);
		}
		model.addAttribute("requests", found);
		model.addAttribute("declined",
				found.stream().filter((r) -> r.status() == vn.lachan.cameras.FootageRequestStatus.DECLINED).count());
		return "cameras/requests";
	}

	@GetMapping("/console/cameras/requests/{id}")
	String request(CurrentUser user, @PathVariable long id) {
		SentRequest request = this.requests.request(user, id);
		return "redirect:/console/cameras/requests?tip=" + request.tipId();
	}

	private static Instant instant(LocalDateTime time) {
		return (time != null) ? time.atZone(VietnamTime.ZONE).toInstant() : null;
	}

}
