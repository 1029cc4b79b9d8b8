package vn.lachan.mediation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.lachan.forces.TeamMember;
import vn.lachan.forces.TeamSummary;
import vn.lachan.mediation.internal.CaseStatus;
import vn.lachan.mediation.internal.DisputeKind;
import vn.lachan.mediation.internal.FollowUp;
import vn.lachan.mediation.internal.Grounds;
import vn.lachan.mediation.internal.MediationCase;
import vn.lachan.mediation.internal.MediationManagement;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.web.FormErrors;

/**
 * The mediator's console, built around the register: the cases of my team (a ward
 * officer: of the ward), opening a case, a case with its sessions, outcome, follow-up of
 * the agreement and escalation. The parties' details show only after the reader states a
 * purpose, and that read is audited, as over the API.
 */
@Controller
@RequestMapping("/console/mediation")
class CasePageController {

	private final MediationManagement mediation;

	CasePageController(MediationManagement mediation) {
		this.mediation = mediation;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Integer page,
			Model model) {
		long unitId = (unit != null) ? unit : unit(user);
		model.addAttribute("page", this.mediation.cases(user, unitId, (status != null) ? status.name() : null, q,
				PageQuery.of(page, null)));
		model.addAttribute("unit", unit);
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("today", this.mediation.today());
		model.addAttribute("baseUrl",
				UriComponentsBuilder.fromPath("/console/mediation")
					.queryParamIfPresent("unit", Optional.ofNullable(unit))
					.queryParamIfPresent("q", Optional.ofNullable(q).filter((t) -> !t.isBlank()))
					.queryParamIfPresent("status", Optional.ofNullable(status))
					.encode()
					.build()
					.toUriString() + ((unit != null || (q != null && !q.isBlank()) || status != null) ? "&" : "?"));
		return "mediation/cases";
	}

	@GetMapping("/new")
	String form(CurrentUser user, Model model) {
		CaseForm form = new CaseForm();
		form.setReceivedOn(this.mediation.today());
		List<TeamSummary> teams = this.mediation.teams(user, unit(user));
		if (teams.size() == 1) {
			form.setTeamId(teams.get(0).id());
		}
		return showForm(user, form, model);
	}

	@PostMapping("/new")
	String open(CurrentUser user, @Valid @ModelAttribute("caseForm") CaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = this.mediation.open(user, form.opening(unit(user)));
				redirect.addFlashAttribute("successKey", "mediation.page.opened");
				return "redirect:/console/mediation/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (RuleViolationException ex) {
				result.reject("problem." + ex.code());
			}
		}
		return showForm(user, form, model);
	}

	@GetMapping("/{id}")
	String mediationCase(CurrentUser user, @PathVariable long id, Model model) {
		return show(user, id, model);
	}

	@PostMapping("/{id}/parties")
	String parties(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("purposeForm") PurposeForm form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			String purpose = form.getPurpose().strip();
			model.addAttribute("parties", this.mediation.parties(user, id, purpose));
			model.addAttribute("agreementParties", this.mediation.agreementParties(user, id, purpose).orElse(null));
		}
		return show(user, id, model);
	}

	@PostMapping("/{id}/sessions")
	String session(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(user, id, result, model, redirect, "mediation.page.session-recorded",
				() -> this.mediation.recordSession(user, id, form.details()));
	}

	@PostMapping("/{id}/outcome")
	String outcome(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.check(result);
		return act(user, id, result, model, redirect, "mediation.page.concluded",
				() -> this.mediation.conclude(user, id, form.outcome()));
	}

	@PostMapping("/{id}/follow-ups")
	String followUp(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(user, id, result, model, redirect, "mediation.page.followed-up",
				() -> this.mediation.followUp(user, id, form.followUp()));
	}

	@PostMapping("/{id}/escalation")
	String escalate(CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("escalationForm") EscalationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(user, id, result, model, redirect, "mediation.page.escalated",
				() -> this.mediation.escalate(user, id, form.escalation()));
	}

	/**
	 * Runs a form's action unless the form has errors: on success back to the case with
	 * the message, otherwise the case page again with the service's errors on the form.
	 */
	private String act(CurrentUser user, long id, BindingResult result, Model model, RedirectAttributes redirect,
			String successKey, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("successKey", successKey);
				return "redirect:/console/mediation/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
			catch (RuleViolationException ex) {
				result.reject("problem." + ex.code());
			}
		}
		return show(user, id, model);
	}

	private String show(CurrentUser user, long id, Model model) {
		MediationCase found = this.mediation.mediationCase(user, id);
		model.addAttribute("c", found);
		model.addAttribute("today", this.mediation.today());
		model.addAttribute("agreement", this.mediation.agreement(user, id).orElse(null));
		model.addAttribute("followUps", this.mediation.followUps(user, id));
		Map<Long, String> names = new LinkedHashMap<>();
		for (TeamMember member : this.mediation.mediators(user, found.teamId())) {
			names.put(member.personId(), member.fullName());
		}
		model.addAttribute("mediatorNames",
				found.mediatorIds().stream().map((m) -> names.getOrDefault(m, "")).toList());
		if (!model.containsAttribute("sessionForm")) {
			SessionForm session = new SessionForm();
			session.setHeldOn(this.mediation.today());
			model.addAttribute("sessionForm", session);
		}
		if (!model.containsAttribute("outcomeForm")) {
			OutcomeForm outcome = new OutcomeForm();
			outcome.setClosedOn(this.mediation.today());
			model.addAttribute("outcomeForm", outcome);
		}
		if (!model.containsAttribute("followUpForm")) {
			FollowUpForm followUp = new FollowUpForm();
			followUp.setCheckedOn(this.mediation.today());
			model.addAttribute("followUpForm", followUp);
		}
		if (!model.containsAttribute("purposeForm")) {
			model.addAttribute("purposeForm", new PurposeForm());
		}
		if (!model.containsAttribute("escalationForm")) {
			model.addAttribute("escalationForm", EscalationForm.blank());
		}
		model.addAttribute("outcomes", CaseStatus.OUTCOMES.stream().sorted().toList());
		model.addAttribute("performances", FollowUp.Performance.values());
		model.addAttribute("categories", EscalationForm.CATEGORIES);
		return "mediation/case";
	}

	private String showForm(CurrentUser user, CaseForm form, Model model) {
		List<TeamSummary> teams = this.mediation.teams(user, unit(user));
		model.addAttribute("caseForm", form);
		model.addAttribute("teams", teams);
		model.addAttribute("mediators",
				teams.stream()
					.flatMap((team) -> this.mediation.mediators(user, team.id()).stream())
					.distinct()
					.toList());
		model.addAttribute("groundsOptions", Grounds.values());
		model.addAttribute("kinds", DisputeKind.values());
		return "mediation/new";
	}

	private static long unit(CurrentUser user) {
		if (user.unitId() == null) {
			throw NotFoundException.of("unit", 0L);
		}
		return user.unitId();
	}

}
