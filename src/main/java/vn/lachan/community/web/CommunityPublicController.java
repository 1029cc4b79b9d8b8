package vn.lachan.community.web;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.community.Channel;
import vn.lachan.community.CommunityCatalog;
import vn.lachan.community.GroupSummary;
import vn.lachan.community.Priority;
import vn.lachan.community.internal.BroadcastReads;
import vn.lachan.community.internal.CheckinManagement;
import vn.lachan.community.internal.Joined;
import vn.lachan.community.internal.MemberDirectory;
import vn.lachan.community.internal.MemberManagement;
import vn.lachan.community.internal.MemberView;
import vn.lachan.community.internal.ReplyManagement;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The community's public pages (no sign-in): a place's notice board and check-in, joining
 * a group and confirming the code, the member's own page and leaving, and a delivery's
 * page (acknowledge, answer). Private tokens in the paths stand for the member or the
 * delivery; nothing personal is shown back but the member's own choices.
 */
@Controller
class CommunityPublicController {

	private final CheckinManagement checkins;

	private final MemberManagement membership;

	private final MemberDirectory directory;

	private final BroadcastReads broadcasts;

	private final ReplyManagement replies;

	private final CommunityCatalog catalog;

	private final TerritoryCatalog territory;

	private final Clock clock;

	CommunityPublicController(CheckinManagement checkins, MemberManagement membership, MemberDirectory directory,
			BroadcastReads broadcasts, ReplyManagement replies, CommunityCatalog catalog, TerritoryCatalog territory,
			Clock clock) {
		this.checkins = checkins;
		this.membership = membership;
		this.directory = directory;
		this.broadcasts = broadcasts;
		this.replies = replies;
		this.catalog = catalog;
		this.territory = territory;
		this.clock = clock;
	}

	@GetMapping("/community/places/{token}")
	String place(@PathVariable String token, Model model) {
		PlaceSummary place = this.checkins.place(token);
		model.addAttribute("place", place);
		model.addAttribute("token", token);
		model.addAttribute("groups", this.catalog.groupsAtPlace(place.id()));
		model.addAttribute("board", this.broadcasts.boardOfPlace(place.id()));
		return "community/public/place";
	}

	@GetMapping("/community/wards/{unitId}")
	String ward(@PathVariable long unitId, Model model) {
		AdminUnitSummary unit = this.territory.findUnit(unitId)
			.orElseThrow(() -> vn.lachan.shared.NotFoundException.of("unit", unitId));
		model.addAttribute("unit", unit);
		model.addAttribute("groups", this.catalog.groupsOf(unitId));
		model.addAttribute("board", this.broadcasts.boardOfUnit(unitId));
		return "community/public/ward";
	}

	@GetMapping("/community/places/{token}/checkin")
	String checkinForm(@PathVariable String token, Model model) {
		return checkinPage(token, new SimpleForms.CheckinForm(), model);
	}

	@PostMapping("/community/places/{token}/checkin")
	String checkin(@PathVariable String token, @ModelAttribute("form") SimpleForms.CheckinForm form,
			BindingResult binding, Model model) {
		try {
			this.checkins.checkIn(token, form.getPhone());
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, binding);
			return checkinPage(token, form, model);
		}
		model.addAttribute("checkedIn", true);
		model.addAttribute("anonymous", MemberManagement.normalisePhone(form.getPhone()) == null);
		return checkinPage(token, new SimpleForms.CheckinForm(), model);
	}

	private String checkinPage(String token, SimpleForms.CheckinForm form, Model model) {
		PlaceSummary place = this.checkins.place(token);
		Instant dayStart = VietnamTime.startOf(VietnamTime.dateOf(this.clock.instant()));
		model.addAttribute("place", place);
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("today", this.checkins.count(place.id(), dayStart, dayStart.plusSeconds(86_400)));
		return "community/public/checkin";
	}

	@GetMapping("/community/join/{token}")
	String joinForm(@PathVariable String token, Model model) {
		return joinPage(this.membership.groupByToken(token), token, new JoinForm(), model);
	}

	@PostMapping("/community/join/{token}")
	String join(@PathVariable String token, @ModelAttribute("form") JoinForm form, BindingResult binding, Model model) {
		GroupSummary group = this.membership.groupByToken(token);
		try {
			Joined joined = this.membership.join(token, form.request());
			return "redirect:/community/m/" + joined.memberToken() + "/confirm";
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, binding);
			return joinPage(group, token, form, model);
		}
	}

	private String joinPage(GroupSummary group, String token, JoinForm form, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("channelOptions", EnumSet.allOf(Channel.class));
		model.addAttribute("priorityOptions", List.of(Priority.values()));
		return "community/public/join";
	}

	@GetMapping("/community/m/{token}/confirm")
	String confirmForm(@PathVariable String token, Model model) {
		return confirmPage(token, new SimpleForms.CodeForm(), model);
	}

	@PostMapping("/community/m/{token}/confirm")
	String confirm(@PathVariable String token, @ModelAttribute("form") SimpleForms.CodeForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			this.membership.confirm(token, form.getCode());
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, binding);
			return confirmPage(token, form, model);
		}
		catch (RuleViolationException ex) {
			binding.reject("problem." + ex.code());
			return confirmPage(token, form, model);
		}
		redirect.addFlashAttribute("flash", "community.confirm.done");
		return "redirect:/community/m/" + token;
	}

	private String confirmPage(String token, SimpleForms.CodeForm form, Model model) {
		MemberView member = this.directory.byToken(token);
		model.addAttribute("member", member);
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		return "community/public/confirm";
	}

	@GetMapping("/community/m/{token}")
	String member(@PathVariable String token, Model model) {
		MemberView member = this.directory.byToken(token);
		GroupSummary group = this.catalog.group(member.groupId()).orElseThrow();
		model.addAttribute("member", member);
		model.addAttribute("group", group);
		model.addAttribute("token", token);
		model.addAttribute("board", (group.placeId() != null) ? this.broadcasts.boardOfPlace(group.placeId())
				: this.broadcasts.boardOfUnit(group.unitId()));
		return "community/public/member";
	}

	@GetMapping("/community/m/{token}/leave")
	String leaveForm(@PathVariable String token, Model model) {
		MemberView member = this.directory.byToken(token);
		model.addAttribute("member", member);
		model.addAttribute("group", this.catalog.group(member.groupId()).orElseThrow());
		model.addAttribute("token", token);
		return "community/public/leave";
	}

	@PostMapping("/community/m/{token}/leave")
	String leave(@PathVariable String token, RedirectAttributes redirect) {
		this.membership.leave(token);
		redirect.addFlashAttribute("flash", "community.leave.done");
		return "redirect:/community/m/" + token;
	}

	@GetMapping("/community/d/{key}")
	String delivery(@PathVariable String key, Model model) {
		return deliveryPage(key, new SimpleForms.ReplyForm(), model);
	}

	@PostMapping("/community/d/{key}/ack")
	String acknowledge(@PathVariable String key, RedirectAttributes redirect) {
		this.replies.acknowledge(key);
		redirect.addFlashAttribute("flash", "community.delivery.acknowledged");
		return "redirect:/community/d/" + key;
	}

	@PostMapping("/community/d/{key}/reply")
	String reply(@PathVariable String key, @ModelAttribute("form") SimpleForms.ReplyForm form, BindingResult binding,
			Model model) {
		try {
			String receipt = this.replies.reply(key, form.getBody(), form.isAsTip());
			model.addAttribute("replied", true);
			model.addAttribute("tipReceipt", receipt);
			return deliveryPage(key, new SimpleForms.ReplyForm(), model);
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, binding);
			return deliveryPage(key, form, model);
		}
	}

	private String deliveryPage(String key, SimpleForms.ReplyForm form, Model model) {
		model.addAttribute("received", this.replies.received(key));
		model.addAttribute("key", key);
		model.addAttribute("form", form);
		return "community/public/delivery";
	}

}
