package vn.lachan.cameras.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.lachan.cameras.ProvideMethod;
import vn.lachan.cameras.internal.CameraManagement;
import vn.lachan.cameras.internal.FootageRequests;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.RuleViolationException;

/**
 * What owners open without an account: their private link (their own cameras only, and
 * withdrawal), and a footage request's link (category, window and place; provide or
 * decline).
 */
@Controller
class OwnerPageController {

	private final CameraManagement management;

	private final FootageRequests requests;

	OwnerPageController(CameraManagement management, FootageRequests requests) {
		this.management = management;
		this.requests = requests;
	}

	@GetMapping("/footage/{token}")
	String request(@PathVariable String token, Model model) {
		model.addAttribute("request", this.requests.forOwner(token));
		model.addAttribute("token", token);
		model.addAttribute("methods", ProvideMethod.values());
		return "cameras/owner-request";
	}

	@PostMapping("/footage/{token}")
	String answer(@PathVariable String token, @RequestParam String answer,
			@RequestParam(required = false) ProvideMethod method, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			if ("DECLINE".equals(answer)) {
				this.requests.decline(token);
			}
			else {
				this.requests.provide(token, method);
			}
			redirect.addFlashAttribute("answered", true);
			return "redirect:/footage/" + token;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", ex.fieldProblems().get(0).message());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problem", "problem." + ex.code());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return request(token, model);
	}

	@GetMapping("/cameras/owner/{token}")
	String owner(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("owner", this.management.owner(token));
			model.addAttribute("token", token);
			return "cameras/owner";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("problem", "problem." + ex.code());
			return "cameras/owner-closed";
		}
	}

	@PostMapping("/cameras/owner/{token}/withdrawal")
	String withdraw(@PathVariable String token, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.management.withdrawByOwner(token);
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("problem", "problem." + ex.code());
			return "cameras/owner-closed";
		}
		model.addAttribute("problem", "cameras.owner.withdrawn");
		return "cameras/owner-closed";
	}

}
