package vn.lachan.forces.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.forces.TeamKind;
import vn.lachan.forces.internal.FieldWork;
import vn.lachan.forces.internal.ForcesManagement;
import vn.lachan.forces.internal.MembershipWarningsException;
import vn.lachan.forces.internal.Team;
import vn.lachan.forces.internal.TeamQuery;
import vn.lachan.forces.internal.TeamScope;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The team list and the team page: members, coverage, officer, activity; founding and
 * changing teams, adding members with the membership rules.
 */
@Controller
class TeamPageController {

	private final ForcesManagement forces;

	private final FieldWork fieldWork;

	private final TerritoryCatalog territory;

	private final AccessCatalog access;

	private final WarningMessages warnings;

	private final Clock clock;

	TeamPageController(ForcesManagement forces, FieldWork fieldWork, TerritoryCatalog territory, AccessCatalog access,
			WarningMessages warnings, Clock clock) {
		this.forces = forces;
		this.fieldWork = fieldWork;
		this.territory = territory;
		this.access = access;
		this.warnings = warnings;
		this.clock = clock;
	}

	@GetMapping("/console/forces/teams")
	String teams(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) Integer page, Model model) {
		String text = (q != null && !q.isBlank()) ? q.strip() : null;
		String kindCode = (kind != null && !kind.isBlank()) ? kind : null;
		if (unit != null) {
			user.requireUnit(unit, "unit", unit);
		}
		model.addAttribute("page",
				this.forces.teams(user, new TeamQuery(unit, kindCode, text, on), PageQuery.of(page, 20)));
		model.addAttribute("on", on);
		model.addAttribute("q", text);
		model.addAttribute("kind", kindCode);
		model.addAttribute("kinds", kindNames());
		model.addAttribute("units", unitNames());
		model.addAttribute("canManage", TeamScope.canManage(user) && communeOf(user) != null);
		StringBuilder base = new StringBuilder("/console/forces/teams?");
		if (text != null) {
			base.append("q=")
				.append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
				.append('&');
		}
		if (kindCode != null) {
			base.append("kind=").append(kindCode).append('&');
		}
		if (unit != null) {
			base.append("unit=").append(unit).append('&');
		}
		if (on != null) {
			base.append("on=").append(on).append('&');
		}
		model.addAttribute("baseUrl", base.toString());
		return "forces/teams";
	}

	@GetMapping("/console/forces/teams/new")
	String newTeam(CurrentUser user, Model model) {
		AdminUnitSummary unit = requireCommune(user);
		TeamForm form = new TeamForm();
		form.setFoundedOn(LocalDate.now(this.clock));
		return teamForm(unit, form, null, model);
	}

	@PostMapping("/console/forces/teams")
	String create(CurrentUser user, @Valid @ModelAttribute("teamForm") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AdminUnitSummary unit = requireCommune(user);
		if (!result.hasErrors()) {
			try {
				Team team = this.forces.createTeam(user, form.details(unit.id()));
				redirect.addFlashAttribute("success", this.warnings.message("forces.team.created"));
				return "redirect:/console/forces/teams/" + team.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return teamForm(unit, form, null, model);
	}

	@GetMapping("/console/forces/teams/{id}/edit")
	String edit(CurrentUser user, @PathVariable long id, Model model) {
		Team team = this.forces.team(user, id);
		requireManager(user);
		return teamForm(this.territory.findUnit(team.unitId()).orElseThrow(), TeamForm.of(team), team, model);
	}

	@PostMapping("/console/forces/teams/{id}")
	String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("teamForm") TeamForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Team team = this.forces.team(user, id);
		if (!result.hasErrors()) {
			try {
				this.forces.updateTeam(user, id, form.details(team.unitId()));
				redirect.addFlashAttribute("success", this.warnings.message("forces.team.saved"));
				return "redirect:/console/forces/teams/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return teamForm(this.territory.findUnit(team.unitId()).orElseThrow(), form, team, model);
	}

	private String teamForm(AdminUnitSummary unit, TeamForm form, Team team, Model model) {
		model.addAttribute("teamForm", form);
		model.addAttribute("team", team);
		model.addAttribute("unit", unit);
		model.addAttribute("kinds", kindNames());
		model.addAttribute("groups", this.territory.groupsOf(unit.id()));
		model.addAttribute("officers", this.forces.areaOfficers(unit.id()));
		return "forces/team-form";
	}

	@GetMapping("/console/forces/teams/{id}")
	String team(CurrentUser user, @PathVariable long id, Model model) {
		Team team = this.forces.team(user, id);
		MemberForm form = new MemberForm();
		form.setJoinedOn(LocalDate.now(this.clock));
		return teamPage(user, team, form, List.of(), model);
	}

	@PostMapping("/console/forces/teams/{id}/members")
	String addMember(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Team team = this.forces.team(user, id);
		requireManager(user);
		if (!result.hasErrors()) {
			try {
				this.forces.addMember(user, id, form.member());
				redirect.addFlashAttribute("success", this.warnings.message("forces.member.added"));
				return "redirect:/console/forces/teams/" + id;
			}
			catch (MembershipWarningsException ex) {
				form.setConfirmWarnings(false);
				return teamPage(user, team, form, this.warnings.texts(ex.warnings()), model);
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return teamPage(user, team, form, List.of(), model);
	}

	@PostMapping("/console/forces/teams/{id}/members/{membershipId}/leave")
	String leave(CurrentUser user, @PathVariable long id, @PathVariable long membershipId,
			RedirectAttributes redirect) {
		this.forces.leave(user, id, membershipId, LocalDate.now(this.clock));
		redirect.addFlashAttribute("success", this.warnings.message("forces.member.left"));
		return "redirect:/console/forces/teams/" + id;
	}

	private String teamPage(CurrentUser user, Team team, MemberForm form, List<String> pendingWarnings, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("unit", this.territory.findUnit(team.unitId()).orElseThrow());
		model.addAttribute("kinds", kindNames());
		Map<Long, String> groups = new LinkedHashMap<>();
		this.territory.groupsOf(team.unitId()).forEach((group) -> groups.put(group.id(), group.name()));
		model.addAttribute("groups", groups);
		model.addAttribute("coverage",
				team.groupIds()
					.stream()
					.map((groupId) -> groups.getOrDefault(groupId, "#" + groupId))
					.sorted()
					.toList());
		model.addAttribute("officer", (team.areaOfficerId() != null)
				? this.access.findAccount(team.areaOfficerId()).map(AccountSummary::displayName).orElse(null) : null);
		model.addAttribute("memberships", this.forces.members(user, team.id()));
		model.addAttribute("compositionWarnings", this.warnings.texts(this.forces.compositionWarnings(team)));
		model.addAttribute("confirmations", this.forces.confirmations(user, team.id()));
		model.addAttribute("activities", this.fieldWork.activities(user, team.id(), new PageQuery(0, 10)));
		model.addAttribute("canManage", TeamScope.canManage(user));
		model.addAttribute("canSeePeople", TeamScope.canManage(user) || user.role().name().equals("AREA_OFFICER"));
		model.addAttribute("memberForm", form);
		model.addAttribute("pendingWarnings", pendingWarnings);
		return "forces/team";
	}

	private Map<String, String> kindNames() {
		Map<String, String> names = new LinkedHashMap<>();
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		for (TeamKind kind : this.forces.kinds()) {
			names.put(kind.code(), kind.name(locale));
		}
		return names;
	}

	private Map<Long, String> unitNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		this.territory.findUnits(new vn.lachan.territory.UnitQuery(null, AdminLevel.COMMUNE, null, null))
			.forEach((unit) -> names.putIfAbsent(unit.id(), unit.name()));
		return names;
	}

	private AdminUnitSummary communeOf(CurrentUser user) {
		if (user.unitId() == null) {
			return null;
		}
		return this.territory.findUnit(user.unitId()).filter((unit) -> unit.level() == AdminLevel.COMMUNE).orElse(null);
	}

	private AdminUnitSummary requireCommune(CurrentUser user) {
		requireManager(user);
		AdminUnitSummary unit = communeOf(user);
		if (unit == null) {
			throw NotFoundException.of("unit", user.unitId());
		}
		return unit;
	}

	private static void requireManager(CurrentUser user) {
		if (!TeamScope.canManage(user)) {
			throw new AccessDeniedException("Only ward officers manage teams");
		}
	}

	/** Groups by id, for templates. */
	static Map<Long, String> groupNames(List<ResidentialGroupSummary> groups) {
		Map<Long, String> names = new LinkedHashMap<>();
		groups.forEach((group) -> names.put(group.id(), group.name()));
		return names;
	}

}
