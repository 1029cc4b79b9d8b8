package vn.lachan.community.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

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

import vn.lachan.community.Channel;
import vn.lachan.community.GroupSummary;
import vn.lachan.community.Priority;
import vn.lachan.community.internal.BroadcastManagement;
import vn.lachan.community.internal.BroadcastReads;
import vn.lachan.community.internal.GroupManagement;
import vn.lachan.community.internal.GroupRow;
import vn.lachan.community.internal.MemberDirectory;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The community's console pages: groups (search, paging, total), a group's members (the
 * contacts read on purpose, audited), broadcasts, composing one, its delivery report.
 */
@Controller
class CommunityPageController {

	private final GroupManagement groups;

	private final MemberDirectory members;

	private final BroadcastManagement broadcasts;

	private final BroadcastReads reads;

	private final TerritoryCatalog territory;

	CommunityPageController(GroupManagement groups, MemberDirectory members, BroadcastManagement broadcasts,
			BroadcastReads reads, TerritoryCatalog territory) {
		this.groups = groups;
		this.members = members;
		this.broadcasts = broadcasts;
		this.reads = reads;
		this.territory = territory;
	}

	@GetMapping("/console/community")
	String groups(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("page", this.groups.search(user, null, q, PageQuery.of(page, null)));
		model.addAttribute("baseUrl", "/console/community?" + ((q != null && !q.isBlank())
				? "q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "&" : ""));
		model.addAttribute("canSend", BroadcastManagement.maySend(user));
		return "community/groups";
	}

	@GetMapping("/console/community/groups/{id}")
	String group(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
		GroupSummary group = this.groups.group(user, id);
		model.addAttribute("group", group);
		model.addAttribute("unit", this.territory.findUnit(group.unitId()).map(AdminUnitSummary::name).orElse(""));
		model.addAttribute("place",
				(group.placeId() != null) ? this.territory.findPlace(group.placeId()).orElse(null) : null);
		model.addAttribute("page", this.members.members(user, id, PageQuery.of(page, null)));
		model.addAttribute("baseUrl", "/console/community/groups/" + id + "?");
		model.addAttribute("purposeForm", new SimpleForms.PurposeForm());
		return "community/group";
	}

	@PostMapping("/console/community/members/{id}/contact")
	String contact(CurrentUser user, @PathVariable long id, @ModelAttribute("purposeForm") SimpleForms.PurposeForm form,
			Model model) {
		long groupId = this.members.memberGroup(user, id);
		try {
			model.addAttribute("contact", this.members.contact(user, id, form.getPurpose()));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("purposeError", id);
		}
		String page = group(user, groupId, null, model);
		model.addAttribute("purposeForm", form);
		return page;
	}

	@GetMapping("/console/community/broadcasts")
	String broadcasts(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", this.reads.broadcasts(user, PageQuery.of(page, null)));
		model.addAttribute("baseUrl", "/console/community/broadcasts?");
		model.addAttribute("canSend", BroadcastManagement.maySend(user));
		return "community/broadcasts";
	}

	@GetMapping("/console/community/broadcasts/new")
	String compose(CurrentUser user, @RequestParam(required = false) String template,
			@RequestParam(required = false) Long group, Model model) {
		requireSender(user);
		BroadcastForm form = new BroadcastForm();
		if (template != null) {
			this.reads.templates().stream().filter((t) -> t.code().equals(template)).findFirst().ifPresent((t) -> {
				form.setTemplateCode(t.code());
				form.setPriority(t.priority());
				form.setTitle(t.title());
				form.setBody(t.body());
			});
		}
		if (group != null) {
			form.getGroupIds().add(group);
		}
		return composePage(user, form, model);
	}

	@PostMapping("/console/community/broadcasts")
	String send(CurrentUser user, @ModelAttribute("form") BroadcastForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireSender(user);
		try {
			long id = this.broadcasts.compose(user, form.command());
			redirect.addFlashAttribute("flash", "community.broadcast.sent");
			return "redirect:/console/community/broadcasts/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, binding, Map.of("targets", "groupIds"));
			return composePage(user, form, model);
		}
	}

	@GetMapping("/console/community/broadcasts/{id}")
	String report(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("report", this.reads.report(user, id));
		model.addAttribute("replies", this.reads.replies(user, id));
		return "community/report";
	}

	private String composePage(CurrentUser user, BroadcastForm form, Model model) {
		List<GroupRow> groupOptions = this.groups.search(user, null, null, new PageQuery(0, PageQuery.MAX_SIZE))
			.items();
		List<Object> residential = new ArrayList<>();
		List<AdminUnitSummary> units = new ArrayList<>();
		if (user.unitId() != null) {
			residential.addAll(this.territory.groupsOf(user.unitId()));
			this.territory.findUnit(user.unitId()).ifPresent(units::add);
		}
		model.addAttribute("form", form);
		model.addAttribute("templates", this.reads.templates());
		model.addAttribute("groupOptions", groupOptions);
		model.addAttribute("residentialOptions", residential);
		model.addAttribute("unitOptions", units);
		model.addAttribute("priorityOptions", List.of(Priority.values()));
		model.addAttribute("channelOptions", EnumSet.allOf(Channel.class));
		return "community/compose";
	}

	private static void requireSender(CurrentUser user) {
		if (!BroadcastManagement.maySend(user)) {
			throw new AccessDeniedException("broadcast");
		}
	}

}
