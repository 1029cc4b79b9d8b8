package vn.lachan.territory.web;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.shared.ConflictException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.ResidentialGroupKind;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.internal.TerritoryManagement;

/**
 * Forms to register, change and remove the residential groups of a ward (administrators
 * and the ward's officers). Bad input re-shows the form and changes nothing.
 */
@Controller
@RequestMapping("/console/territory")
class GroupPageController {

	private static final String FORM = "territory/group-form";

	private final TerritoryCatalog catalog;

	private final TerritoryManagement management;

	private final MessageSource messages;

	GroupPageController(TerritoryCatalog catalog, TerritoryManagement management, MessageSource messages) {
		this.catalog = catalog;
		this.management = management;
		this.messages = messages;
	}

	@ModelAttribute("groupKinds")
	ResidentialGroupKind[] groupKinds() {
		return ResidentialGroupKind.values();
	}

	@GetMapping("/units/{unitId}/groups/new")
	String newGroup(@PathVariable long unitId, CurrentUser user, Model model) {
		model.addAttribute("unit", editableUnit(user, unitId));
		model.addAttribute("groupForm", new GroupForm());
		return FORM;
	}

	@PostMapping("/units/{unitId}/groups")
	String register(@PathVariable long unitId, @Valid @ModelAttribute("groupForm") GroupForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		AdminUnitSummary unit = editableUnit(user, unitId);
		model.addAttribute("unit", unit);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			ResidentialGroupSummary group = this.management.registerGroup(user, unitId, form.details());
			redirect.addFlashAttribute("success", message("territory.group.registered", group.name()));
		}
		catch (ConflictException ex) {
			result.rejectValue("name", "territory.group.name-taken", ex.arguments(), "");
			return FORM;
		}
		return "redirect:/console/territory/units/" + unitId;
	}

	@GetMapping("/groups/{id}/edit")
	String edit(@PathVariable long id, CurrentUser user, Model model) {
		ResidentialGroupSummary group = visibleGroup(user, id);
		model.addAttribute("unit", editableUnit(user, group.unitId()));
		model.addAttribute("group", group);
		model.addAttribute("groupForm", GroupForm.of(group));
		return FORM;
	}

	@PostMapping("/groups/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("groupForm") GroupForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		ResidentialGroupSummary group = visibleGroup(user, id);
		model.addAttribute("unit", editableUnit(user, group.unitId()));
		model.addAttribute("group", group);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			ResidentialGroupSummary changed = this.management.changeGroup(user, id, form.getVersion(), form.details());
			redirect.addFlashAttribute("success", message("territory.group.changed", changed.name()));
		}
		catch (ConflictException ex) {
			result.rejectValue("name", "territory.group.name-taken", ex.arguments(), "");
			return FORM;
		}
		return "redirect:/console/territory/units/" + group.unitId();
	}

	@GetMapping("/groups/{id}/delete")
	String confirmRemoval(@PathVariable long id, CurrentUser user, Model model) {
		ResidentialGroupSummary group = visibleGroup(user, id);
		model.addAttribute("unit", editableUnit(user, group.unitId()));
		model.addAttribute("group", group);
		return "territory/group-delete";
	}

	@PostMapping("/groups/{id}/delete")
	String remove(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		ResidentialGroupSummary group = visibleGroup(user, id);
		try {
			this.management.removeGroup(user, id);
			redirect.addFlashAttribute("success", message("territory.group.removed", group.name()));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", message("problem." + ex.code(), ex.arguments()));
		}
		return "redirect:/console/territory/units/" + group.unitId();
	}

	private ResidentialGroupSummary visibleGroup(CurrentUser user, long id) {
		ResidentialGroupSummary group = this.catalog.findGroup(id)
			.orElseThrow(() -> NotFoundException.of("residential-group", id));
		user.requireUnit(group.unitId(), "residential-group", id);
		return group;
	}

	/**
	 * The unit, if the caller may change its groups and places: 404 outside scope, else
	 * 403.
	 */
	private AdminUnitSummary editableUnit(CurrentUser user, long unitId) {
		return editable(this.catalog, this.management, user, unitId);
	}

	static AdminUnitSummary editable(TerritoryCatalog catalog, TerritoryManagement management, CurrentUser user,
			long unitId) {
		user.requireUnit(unitId, "admin-unit", unitId);
		AdminUnitSummary unit = catalog.findUnit(unitId).orElseThrow(() -> NotFoundException.of("admin-unit", unitId));
		if (unit.level() != AdminLevel.COMMUNE || !management.mayEdit(user, unitId)) {
			throw new AccessDeniedException("Only administrators and the ward's officers change its territory");
		}
		return unit;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
