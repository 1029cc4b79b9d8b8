package vn.lachan.tips.web;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.internal.Circumstances;
import vn.lachan.tips.internal.ReporterDetails;
import vn.lachan.tips.internal.TipPlace;
import vn.lachan.tips.internal.TipSubmission;
import vn.lachan.tips.internal.Tip;
import vn.lachan.tips.internal.TipCategories;
import vn.lachan.tips.internal.TipIntake;

/**
 * Field intake for force members (from the street, on a phone) and officers (also phone
 * and in-person tips, possibly received earlier).
 */
@Controller
@RequestMapping("/console/tips/new")
class FieldTipPageController {

	private final TipIntake intake;

	private final TipCategories categories;

	private final TerritoryCatalog territory;

	FieldTipPageController(TipIntake intake, TipCategories categories, TerritoryCatalog territory) {
		this.intake = intake;
		this.categories = categories;
		this.territory = territory;
	}

	@GetMapping
	String form(CurrentUser user, Model model) {
		FieldTipForm form = new FieldTipForm();
		form.setIdempotencyKey(UUID.randomUUID().toString());
		return show(user, form, model);
	}

	@PostMapping
	String submit(CurrentUser user, @ModelAttribute("form") FieldTipForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return show(user, form, model);
		}
		try {
			Tip tip = this.intake
				.record(user,
						TipSubmission
							.ofStaff(form.getChannel(), form.getCategoryCode(), form.getDescription(),
									instant(form.getOccurredAt()), instant(form.getReceivedAt()),
									TipPlace.given(user.unitId(), form.getGroupId(), form.getAddress(), null, null),
									new ReporterDetails(false, form.getReporterName(), form.getReporterContact(),
											form.getReporterIdNumber(), form.getWithheldReason()),
									form.isUrgent() ? Boolean.TRUE : null, null,
									new Circumstances(form.getPeopleInvolved(), form.getDamage(),
											form.getMeasuresTaken(), form.getReporterKnowledge()),
									form.getIdempotencyKey()));
			return "redirect:/console/tips/" + tip.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, binding);
			return show(user, form, model);
		}
	}

	private String show(CurrentUser user, FieldTipForm form, Model model) {
		boolean officer = user.hasRole(Role.WARD_OFFICER) || user.hasRole(Role.AREA_OFFICER)
				|| user.hasRole(Role.ADMIN);
		model.addAttribute("form", form);
		model.addAttribute("officer", officer);
		model.addAttribute("channels", officer ? List.of(TipChannel.FIELD, TipChannel.PHONE, TipChannel.IN_PERSON)
				: List.of(TipChannel.FIELD));
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("groups", (user.unitId() != null) ? this.territory.groupsOf(user.unitId()) : List.of());
		return "tips/new";
	}

	private static java.time.Instant instant(LocalDateTime local) {
		return (local != null) ? ZonedDateTime.of(local, VietnamTime.ZONE).toInstant() : null;
	}

}
