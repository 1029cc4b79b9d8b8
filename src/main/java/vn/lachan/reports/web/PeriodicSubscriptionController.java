package vn.lachan.reports.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.reports.internal.periodic.PeriodicReportSubscriptions;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * A committee member's subscriptions to units' monthly reports.
 */
@Controller
class PeriodicSubscriptionController {

	private final PeriodicReportSubscriptions subscriptions;

	private final TerritoryCatalog territory;

	private final MessageSource messages;

	PeriodicSubscriptionController(PeriodicReportSubscriptions subscriptions, TerritoryCatalog territory,
			MessageSource messages) {
		this.subscriptions = subscriptions;
		this.territory = territory;
		this.messages = messages;
	}

	@GetMapping("/console/reports/subscriptions")
	String list(CurrentUser user, Model model) {
		SubscriptionForm form = new SubscriptionForm();
		form.setUnit(user.unitId());
		return page(user, form, model);
	}

	@PostMapping("/console/reports/subscriptions")
	String subscribe(CurrentUser user, @Valid @ModelAttribute("form") SubscriptionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (!result.hasErrors()) {
			try {
				this.subscriptions.subscribe(user, form.getUnit(), form.getEmail());
				redirect.addFlashAttribute("success",
						this.messages.getMessage("periodic.subscription.saved", null, locale));
				return "redirect:/console/reports/subscriptions";
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (RuleViolationException ex) {
				result.reject("problem." + ex.code());
			}
		}
		return page(user, form, model);
	}

	/** Asks before a subscription ends. */
	@GetMapping("/console/reports/subscriptions/{id}/delete")
	String confirmUnsubscribe(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("subscription", this.subscriptions.find(user, id));
		return "reports/unsubscribe";
	}

	@PostMapping("/console/reports/subscriptions/{id}/delete")
	String unsubscribe(CurrentUser user, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		this.subscriptions.unsubscribe(user, id);
		redirect.addFlashAttribute("success", this.messages.getMessage("periodic.subscription.ended", null, locale));
		return "redirect:/console/reports/subscriptions";
	}

	private String page(CurrentUser user, SubscriptionForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("subscriptions", this.subscriptions.of(user));
		model.addAttribute("canSubscribe", user.role() == Role.COMMITTEE || user.role() == Role.ADMIN);
		List<AdminUnitSummary> units = user.unitIds()
			.stream()
			.flatMap((id) -> this.territory.findUnit(id).stream())
			.sorted(Comparator.comparing(AdminUnitSummary::level).thenComparing(AdminUnitSummary::code))
			.toList();
		model.addAttribute("units", units);
		return "reports/subscriptions";
	}

}
