package vn.lachan.programs.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.programs.internal.CriteriaSet;
import vn.lachan.programs.internal.Criterion;
import vn.lachan.programs.internal.KeyAreaManagement;
import vn.lachan.programs.internal.ModelManagement;
import vn.lachan.programs.internal.Scorecard;
import vn.lachan.programs.internal.Scorecard.EnteredValue;
import vn.lachan.programs.internal.ScorecardStatus;
import vn.lachan.programs.internal.ScoringManagement;
import vn.lachan.shared.DomainException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.FormErrors;

/**
 * The programs' pages: the overview (scorecards, key areas, models) and a scorecard that
 * the ward fills and submits and the committee approves or returns with a comment.
 */
@Controller
class ScoringPageController {

	private final ScoringManagement scoring;

	private final KeyAreaManagement keyAreas;

	private final ModelManagement models;

	private final ScoringApiController views;

	private final MessageSource messages;

	ScoringPageController(ScoringManagement scoring, KeyAreaManagement keyAreas, ModelManagement models,
			ScoringApiController views, MessageSource messages) {
		this.scoring = scoring;
		this.keyAreas = keyAreas;
		this.models = models;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/console/programs")
	String overview(CurrentUser user, @RequestParam(required = false) Integer cardsPage,
			@RequestParam(required = false) Integer areasPage, Model model) {
		PageQuery cards = PageQuery.of(cardsPage, PageQuery.DEFAULT_SIZE);
		PageQuery areas = PageQuery.of(areasPage, PageQuery.DEFAULT_SIZE);
		model.addAttribute("scorecards", this.scoring.scorecards(user, cards).map(this.views::response));
		// each pager keeps the other list's page
		model.addAttribute("cardsBase", "/console/programs?areasPage=" + areas.page() + "&");
		model.addAttribute("areasBase", "/console/programs?cardsPage=" + cards.page() + "&");
		model.addAttribute("setNames",
				this.scoring.sets()
					.stream()
					.collect(Collectors.toMap(CriteriaSet::code, CriteriaSet::name, (a, b) -> b, LinkedHashMap::new)));
		model.addAttribute("keyAreas", this.keyAreas.keyAreas(user, areas));
		model.addAttribute("models", this.models.models());
		model.addAttribute("canOpen", user.hasRole(Role.WARD_OFFICER));
		return "programs/index";
	}

	@PostMapping("/console/programs/scorecards")
	String open(CurrentUser user, @RequestParam String setCode, @RequestParam int period, RedirectAttributes redirect) {
		try {
			Scorecard card = this.scoring.open(user, user.unitId(), setCode, period);
			return "redirect:/console/programs/scorecards/" + card.id();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", text(ex));
			return "redirect:/console/programs";
		}
	}

	@GetMapping("/console/programs/scorecards/{id}")
	String scorecard(CurrentUser user, @PathVariable long id, Model model) {
		Scorecard card = this.scoring.scorecard(user, id);
		model.addAttribute("card", this.views.response(card));
		model.addAttribute("canFill", card.status().editable() && user.hasRole(Role.WARD_OFFICER));
		model.addAttribute("canDecide",
				card.status() == ScorecardStatus.SUBMITTED && (user.hasRole(Role.COMMITTEE) || user.unrestricted()));
		return "programs/scorecard";
	}

	@PostMapping("/console/programs/scorecards/{id}/values")
	String fill(CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Scorecard card = this.scoring.scorecard(user, id);
		Map<String, EnteredValue> values = new LinkedHashMap<>();
		List<Criterion> entered = card.set().criteria().stream().filter(Criterion::entered).toList();
		try {
			for (Criterion criterion : entered) {
				String value = form.get("value-" + criterion.code());
				if (value != null && !value.isBlank()) {
					values.put(criterion.code(), new EnteredValue(new BigDecimal(value.strip().replace(',', '.')),
							form.get("evidence-" + criterion.code())));
				}
			}
			this.scoring.fill(user, id, values);
			redirect.addFlashAttribute("success", message("programs.scorecard.saved"));
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("error", message("programs.error.number"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/console/programs/scorecards/" + id;
	}

	@PostMapping("/console/programs/scorecards/{id}/submit")
	String submit(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "programs.scorecard.submitted", () -> this.scoring.submit(user, id));
	}

	@PostMapping("/console/programs/scorecards/{id}/approve")
	String approve(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "programs.scorecard.approved", () -> this.scoring.approve(user, id));
	}

	@PostMapping("/console/programs/scorecards/{id}/return")
	String returnIt(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return act(id, redirect, "programs.scorecard.returned", () -> this.scoring.returnWith(user, id, comment));
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", message(done));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:/console/programs/scorecards/" + id;
	}

	private String text(DomainException ex) {
		return FormErrors.text(ex, this.messages, LocaleContextHolder.getLocale());
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
