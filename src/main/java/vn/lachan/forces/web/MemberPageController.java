package vn.lachan.forces.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamSummary;
import vn.lachan.forces.internal.ForcesManagement;
import vn.lachan.forces.internal.Membership;
import vn.lachan.forces.internal.Person;
import vn.lachan.forces.internal.TeamScope;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * A member's page, for the ward's officers: teams, roles, trainings. Personal details
 * (phone, date of birth, address) show only after the officer states a purpose, and the
 * read is audited.
 */
@Controller
class MemberPageController {

	private final ForcesManagement forces;

	private final ForcesCatalog catalog;

	private final TerritoryCatalog territory;

	private final WarningMessages messages;

	MemberPageController(ForcesManagement forces, ForcesCatalog catalog, TerritoryCatalog territory,
			WarningMessages messages) {
		this.forces = forces;
		this.catalog = catalog;
		this.territory = territory;
		this.messages = messages;
	}

	@GetMapping("/console/forces/members/{id}")
	String member(CurrentUser user, @PathVariable long id, Model model) {
		return page(user, this.forces.person(user, id), model);
	}

	@PostMapping("/console/forces/members/{id}/details")
	String details(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String purpose,
			Model model) {
		Person person = this.forces.person(user, id);
		try {
			model.addAttribute("details", this.forces.personalDetails(user, id, purpose));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("purposeError", this.messages.text(ex));
		}
		return page(user, person, model);
	}

	@PostMapping("/console/forces/members/{id}/trainings")
	String addTraining(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
			RedirectAttributes redirect) {
		try {
			this.forces.addTraining(user, id, title, completedOn);
			redirect.addFlashAttribute("success", this.messages.message("forces.training.added"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		return "redirect:/console/forces/members/" + id;
	}

	private String page(CurrentUser user, Person person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("unit", this.territory.findUnit(person.unitId()).orElseThrow());
		model.addAttribute("group",
				(person.groupId() != null) ? this.territory.findGroup(person.groupId()).orElse(null) : null);
		Map<Long, String> teamNames = new LinkedHashMap<>();
		for (Membership membership : this.forces.membershipsOf(user, person.id())) {
			this.catalog.findTeam(membership.teamId())
				.map(TeamSummary::name)
				.ifPresent((name) -> teamNames.put(membership.teamId(), name));
		}
		model.addAttribute("memberships", this.forces.membershipsOf(user, person.id()));
		model.addAttribute("teamNames", teamNames);
		model.addAttribute("trainings", this.forces.trainings(user, person.id()));
		model.addAttribute("canManage", TeamScope.canManage(user));
		return "forces/member";
	}

}
