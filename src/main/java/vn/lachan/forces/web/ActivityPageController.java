package vn.lachan.forces.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.forces.ActivityKind;
import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamSummary;
import vn.lachan.forces.internal.Activity;
import vn.lachan.forces.internal.FieldWork;
import vn.lachan.forces.internal.LoggedActivity;
import vn.lachan.forces.internal.Team;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.time.VietnamTime;

/**
 * The activity log and the phone-first entry form.
 */
@Controller
class ActivityPageController {

	private final FieldWork fieldWork;

	private final ForcesCatalog catalog;

	private final WarningMessages messages;

	private final Clock clock;

	ActivityPageController(FieldWork fieldWork, ForcesCatalog catalog, WarningMessages messages, Clock clock) {
		this.fieldWork = fieldWork;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/console/forces/activities")
	String activities(CurrentUser user, @RequestParam(required = false) Long team,
			@RequestParam(required = false) Integer page, Model model) {
		PageResult<Activity> activities = this.fieldWork.activities(user, team, PageQuery.of(page, 20));
		Map<Long, String> teamNames = new LinkedHashMap<>();
		for (Activity activity : activities.items()) {
			teamNames.computeIfAbsent(activity.teamId(),
					(id) -> this.catalog.findTeam(id).map(TeamSummary::name).orElse("#" + id));
		}
		model.addAttribute("page", activities);
		model.addAttribute("teamNames", teamNames);
		model.addAttribute("team", team);
		model.addAttribute("canLog", !this.fieldWork.teamsToLogFor(user).isEmpty());
		model.addAttribute("baseUrl", "/console/forces/activities?" + ((team != null) ? "team=" + team + "&" : ""));
		return "forces/activities";
	}

	@GetMapping("/console/forces/activities/new")
	String newActivity(CurrentUser user, @RequestParam(required = false) Long team, Model model) {
		ActivityForm form = new ActivityForm();
		List<Team> teams = this.fieldWork.teamsToLogFor(user);
		form.setTeamId((team != null) ? team : (teams.size() == 1) ? teams.get(0).id() : null);
		form.setOccurredAt(LocalDateTime.now(this.clock.withZone(VietnamTime.ZONE)).truncatedTo(ChronoUnit.MINUTES));
		form.setIdempotencyKey(UUID.randomUUID().toString());
		return form(teams, form, model);
	}

	@PostMapping("/console/forces/activities")
	String log(CurrentUser user, @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				LoggedActivity logged = this.fieldWork.log(user, form.details());
				redirect.addFlashAttribute("success", this.messages
					.message(logged.replayed() ? "forces.activity.already-logged" : "forces.activity.logged"));
				return "redirect:/console/forces/activities?team=" + logged.activity().teamId();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return form(this.fieldWork.teamsToLogFor(user), form, model);
	}

	private String form(List<Team> teams, ActivityForm form, Model model) {
		model.addAttribute("activityForm", form);
		model.addAttribute("teams", teams);
		model.addAttribute("activityKinds", ActivityKind.values());
		return "forces/activity-form";
	}

}
