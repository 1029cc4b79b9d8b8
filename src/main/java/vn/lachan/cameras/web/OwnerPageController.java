package vn.lachan.cameras.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
import vn.lachan.shared.web.FormErrors;

/**
 * What owners open without an account: their private link (their own cameras only, and
 * withdrawal), and a footage request's link (category, window and place; provide or
 * decline).
 */
@Controller
class OwnerPageController {

	private final CameraManagement management;

	private final FootageRequests requests;

	private final vn.lachan.territory.TerritoryCatalog territory;

	private final MessageSource messages;

	OwnerPageController(CameraManagement management, FootageRequests requests,
			vn.lachan.territory.TerritoryCatalog territory, MessageSource messages) {
		this.management = management;
		this.requests = requests;
		this.territory = territory;
		this.messages = messages;
	}

	@GetMapping("/cameras/register")
	String registerForm(Model model) {
		CameraForm form = new CameraForm();
		form.setInstalledOn(java.time.LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE));
		return showRegister(form, model);
	}

	private String showRegister(CameraForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("ownerships", java.util.List.of(vn.lachan.cameras.Ownership.AGENCY,
				vn.lachan.cameras.Ownership.BUSINESS, vn.lachan.cameras.Ownership.HOUSEHOLD));
		model.addAttribute("ownerKinds", vn.lachan.cameras.OwnerKind.values());
		model.addAttribute("wards",
				this.territory.findUnits(new vn.lachan.territory.UnitQuery(null, vn.lachan.territory.AdminLevel.COMMUNE,
						java.time.LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE), null)));
		return "cameras/register";
	}

	/** The owner's registration; the private link is shown in this answer only. */
	@PostMapping("/cameras/register")
	String register(@ModelAttribute("form") CameraForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("registration",
						this.management.registerOwner((form.getUnitId() != null) ? form.getUnitId() : -1, form.owner(),
								java.util.List.of(form.camera())));
				return "cameras/registered";
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return showRegister(form, model);
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
		catch (InvalidInputException | RuleViolationException ex) {
			model.addAttribute("problem", FormErrors.text(ex, this.messages, LocaleContextHolder.getLocale()));
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
			return "cameras/owner";
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
			return "cameras/owner";
		}
		model.addAttribute("problem", "cameras.owner.withdrawn");
		return "cameras/owner";
	}

}
