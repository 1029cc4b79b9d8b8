package vn.lachan.tips.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.shared.DomainException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.OutcomeKind;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.internal.RejectionReason;
import vn.lachan.tips.internal.Tip;
import vn.lachan.tips.internal.TipAccess;
import vn.lachan.tips.internal.TipCategories;
import vn.lachan.tips.internal.TipCategory;
import vn.lachan.tips.internal.TipFilter;
import vn.lachan.tips.internal.TipOutcome;
import vn.lachan.tips.internal.TipPhotos;
import vn.lachan.tips.internal.TipTeams;
import vn.lachan.tips.internal.TipQueries;
import vn.lachan.tips.internal.TipSummary;
import vn.lachan.tips.internal.TipTriage;

/**
 * The console's tip pages: the inbox of one's scope, a tip with its timeline, thread,
 * outcomes and duplicate suggestions, every transition as a form, and the map.
 */
@Controller
@RequestMapping("/console/tips")
class TipPageController {

	private final TipQueries queries;

	private final TipTriage triage;

	private final TipCategories categories;

	private final TipPhotos photos;

	private final TipTeams teams;

	private final AccessCatalog accounts;

	private final TerritoryCatalog territory;

	private final MessageSource messages;

	private final Clock clock;

	TipPageController(TipQueries queries, TipTriage triage, TipCategories categories, TipPhotos photos, TipTeams teams,
			AccessCatalog accounts, TerritoryCatalog territory, MessageSource messages, Clock clock) {
		this.queries = queries;
		this.teams = teams;
		this.triage = triage;
		this.categories = categories;
		this.photos = photos;
		this.accounts = accounts;
		this.territory = territory;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String inbox(CurrentUser user, @RequestParam(required = false) TipStatus status,
			@RequestParam(required = false) String category, @RequestParam(required = false) TipChannel channel,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		TipFilter filter = new TipFilter(status, (category != null && category.isBlank()) ? null : category, channel,
				unit, overdue, q, (from != null) ? VietnamTime.startOf(from) : null,
				(to != null) ? VietnamTime.startOf(to.plusDays(1)) : null);
		model.addAttribute("page", this.queries.list(user, filter, PageQuery.of(page, 25)));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", TipStatus.values());
		model.addAttribute("channels", TipChannel.values());
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("categoryNames", categoryNames());
		model.addAttribute("baseUrl", baseUrl(filter));
		return "tips/inbox";
	}

	@GetMapping("/{id}")
	String tip(CurrentUser user, @PathVariable long id, Model model) {
		Tip tip = this.triage.find(user, id);
		Instant now = this.clock.instant();
		model.addAttribute("tip", tip);
		model.addAttribute("overdue", tip.overdue(now));
		model.addAttribute("category", this.categories.find(tip.categoryCode()).orElse(null));
		model.addAttribute("categoryNames", categoryNames());
		model.addAttribute("unit", this.territory.findUnit(tip.unitId()).orElse(null));
		model.addAttribute("group",
				(tip.groupId() != null) ? this.territory.findGroup(tip.groupId()).orElse(null) : null);
		model.addAttribute("assignee", (tip.assigneeAccountId() != null)
				? this.accounts.findAccount(tip.assigneeAccountId()).orElse(null) : null);
		model.addAttribute("canTriage", TipAccess.canTriage(user, tip));
		model.addAttribute("canWork", this.triage.canWork(user, tip));
		model.addAttribute("canSeeReporter", TipAccess.canSeeReporter(user, tip) && tip.hasReporterIdentity());
		model.addAttribute("officers", officersOf(tip.unitId()));
		model.addAttribute("teams", this.teams.teamsOf(tip.unitId()));
		model.addAttribute("assigneeTeam",
				(tip.assigneeTeamId() != null) ? this.teams.findTeam(tip.assigneeTeamId()).orElse(null) : null);
		model.addAttribute("duplicates", tip.status().isOpen() ? this.queries.duplicatesOf(user, tip) : List.of());
		model.addAttribute("photoIds", this.photos.idsOf(tip.id()));
		model.addAttribute("outcomeKinds", OutcomeKind.values());
		model.addAttribute("rejectionReasons", RejectionReason.values());
		return "tips/tip";
	}

	@GetMapping("/{id}/photos/{photoId}")
	org.springframework.http.ResponseEntity<byte[]> photo(CurrentUser user, @PathVariable long id,
			@PathVariable long photoId) {
		this.triage.find(user, id);
		return this.photos.find(id, photoId)
			.map((photo) -> org.springframework.http.ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.parseMediaType(photo.contentType()))
				.header("X-Content-Type-Options", "nosniff")
				.body(photo.data()))
			.orElseThrow(() -> vn.lachan.shared.NotFoundException.of("photo", photoId));
	}

	@PostMapping("/{id}/reporter")
	String reporter(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String purpose,
			Model model) {
		model.addAttribute("identity", this.triage.reporter(user, id, purpose));
		return tip(user, id, model);
	}

	@PostMapping("/{id}/assignment")
	String assign(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long accountId,
			@RequestParam(required = false) Long teamId, RedirectAttributes flash) {
		return act(id, flash, () -> this.triage.assign(user, id, (teamId != null) ? null : accountId, teamId));
	}

	@PostMapping("/{id}/verification")
	String verify(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		return act(id, flash, () -> this.triage.startVerification(user, id, blank(note)));
	}

	@PostMapping("/{id}/resolution")
	String resolve(CurrentUser user, @PathVariable long id, @RequestParam List<OutcomeKind> kind,
			@RequestParam List<String> offenceCategory, @RequestParam List<Integer> cases,
			@RequestParam List<Integer> suspects, @RequestParam(required = false) String note,
			@RequestParam(required = false) String publicOutcome, RedirectAttributes flash) {
		List<TipOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < kind.size(); i++) {
			if (kind.get(i) != null) {
				String offence = (i < offenceCategory.size()) ? blank(offenceCategory.get(i)) : null;
				outcomes.add(new TipOutcome(kind.get(i), offence, valueAt(cases, i), valueAt(suspects, i)));
			}
		}
		return act(id, flash, () -> this.triage.resolve(user, id, outcomes, blank(note), blank(publicOutcome)));
	}

	@PostMapping("/{id}/rejection")
	String reject(CurrentUser user, @PathVariable long id, @RequestParam RejectionReason reason,
			@RequestParam(required = false) Long duplicateOf, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		return act(id, flash, () -> this.triage.reject(user, id, reason, duplicateOf, blank(note)));
	}

	@PostMapping("/{id}/merge")
	String merge(CurrentUser user, @PathVariable long id, @RequestParam long into, RedirectAttributes flash) {
		return act(id, flash, () -> this.triage.merge(user, id, into));
	}

	@PostMapping("/{id}/transfer")
	String transfer(CurrentUser user, @PathVariable long id, @RequestParam String to,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		return act(id, flash, () -> this.triage.transfer(user, id, to, null, blank(note)));
	}

	@PostMapping("/{id}/urgency")
	String urgency(CurrentUser user, @PathVariable long id, @RequestParam boolean urgent,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return act(id, flash, () -> this.triage.markUrgent(user, id, urgent, blank(reason)));
	}

	@PostMapping("/{id}/messages")
	String ask(CurrentUser user, @PathVariable long id, @RequestParam String body, RedirectAttributes flash) {
		return act(id, flash, () -> this.triage.ask(user, id, body));
	}

	@GetMapping("/map")
	String map() {
		return "tips/map";
	}

	@GetMapping("/map/data")
	@ResponseBody
	List<MapPoint> mapData(CurrentUser user, @RequestParam(required = false) TipStatus status) {
		Map<String, String> names = categoryNames();
		return this.queries.mapPoints(user, new TipFilter(status, null, null, null, false, null, null, null))
			.stream()
			.map((tip) -> new MapPoint(tip.id(), tip.latitude(), tip.longitude(),
					names.getOrDefault(tip.categoryCode(), tip.categoryCode()), tip.status().name(), tip.overdue(),
					"/console/tips/" + tip.id()))
			.toList();
	}

	private String act(long id, RedirectAttributes flash, Supplier<Tip> action) {
		try {
			action.get();
			flash.addFlashAttribute("success", message("tip.page.saved"));
		}
		catch (InvalidInputException | vn.lachan.shared.RuleViolationException
				| vn.lachan.shared.ConflictException ex) {
			flash.addFlashAttribute("error", FormErrors.text(ex, this.messages, LocaleContextHolder.getLocale()));
		}
		return "redirect:/console/tips/" + id;
	}

	private List<AccountSummary> officersOf(long unitId) {
		List<AccountSummary> officers = new ArrayList<>(this.accounts.accountsOf(Role.AREA_OFFICER, unitId));
		officers.addAll(this.accounts.accountsOf(Role.WARD_OFFICER, unitId));
		return officers;
	}

	private Map<String, String> categoryNames() {
		return this.categories.all()
			.stream()
			.collect(Collectors.toMap(TipCategory::code, (c) -> c.name(LocaleContextHolder.getLocale())));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static String baseUrl(TipFilter filter) {
		StringBuilder url = new StringBuilder("/console/tips?");
		Function<Object, String> enc = (v) -> java.net.URLEncoder.encode(String.valueOf(v),
				java.nio.charset.StandardCharsets.UTF_8);
		if (filter.status() != null) {
			url.append("status=").append(filter.status()).append('&');
		}
		if (filter.categoryCode() != null) {
			url.append("category=").append(enc.apply(filter.categoryCode())).append('&');
		}
		if (filter.channel() != null) {
			url.append("channel=").append(filter.channel()).append('&');
		}
		if (filter.overdueOnly()) {
			url.append("overdue=true&");
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			url.append("q=").append(enc.apply(filter.text())).append('&');
		}
		if (filter.unitId() != null) {
			url.append("unit=").append(filter.unitId()).append('&');
		}
		if (filter.from() != null) {
			url.append("from=").append(VietnamTime.dateOf(filter.from())).append('&');
		}
		if (filter.to() != null) {
			url.append("to=").append(VietnamTime.dateOf(filter.to()).minusDays(1)).append('&');
		}
		return url.toString();
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static int valueAt(List<Integer> values, int index) {
		return (index < values.size() && values.get(index) != null) ? Math.max(0, values.get(index)) : 0;
	}

	/**
	 * A tip on the map: no reporter, no description.
	 */
	record MapPoint(long id, BigDecimal lat, BigDecimal lng, String category, String status, boolean overdue,
			String url) {
	}

}
