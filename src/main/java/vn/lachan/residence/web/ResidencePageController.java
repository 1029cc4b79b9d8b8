package vn.lachan.residence.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.access.AccessCatalog;
import vn.lachan.residence.AccommodationKind;
import vn.lachan.residence.AccommodationSummary;
import vn.lachan.residence.StayFilter;
import vn.lachan.residence.StayView;
import vn.lachan.residence.internal.Channel;
import vn.lachan.residence.internal.DeclarationOutcome;
import vn.lachan.residence.internal.GuestInput;
import vn.lachan.residence.internal.GuestRowsRejected;
import vn.lachan.residence.internal.PersonQuery;
import vn.lachan.residence.internal.PresentCount;
import vn.lachan.residence.internal.ResidenceProperties;
import vn.lachan.residence.internal.ResidenceScope;
import vn.lachan.residence.internal.StayFiles;
import vn.lachan.residence.internal.StayIntake;
import vn.lachan.residence.internal.StayManagement;
import vn.lachan.residence.internal.TemporaryResidenceManagement;
import vn.lachan.shared.DomainException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.imports.ProblemLine;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.text.NaturalOrder;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The residence pages: the host's phone-first notification, receipt and departure, the
 * file upload, and the ward's view ("3 biết"): guests by group and accommodation,
 * foreigners, late notifications, silent accommodations, expiring temporary residence,
 * and person search (POST, with a purpose).
 */
@Controller
@RequestMapping("/console/residence")
class ResidencePageController {

	private final StayIntake intake;

	private final StayManagement stays;

	private final TemporaryResidenceManagement residences;

	private final TerritoryCatalog territory;

	private final AccessCatalog access;

	private final ResidenceProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	/** A host's notifications per page. */
	private static final int HOST_PAGE = 10;

	ResidencePageController(StayIntake intake, StayManagement stays, TemporaryResidenceManagement residences,
			TerritoryCatalog territory, AccessCatalog access, ResidenceProperties properties, MessageSource messages,
			Clock clock) {
		this.messages = messages;
		this.intake = intake;
		this.stays = stays;
		this.residences = residences;
		this.territory = territory;
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	String home(CurrentUser user, @RequestParam(required = false) Long group,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer foreignPage,
			@RequestParam(required = false) Integer latePage, @RequestParam(required = false) Integer expiringPage,
			@RequestParam(required = false) Integer accommodationPage,
			@RequestParam(required = false) Integer silentPage, Model model) {
		List<AccommodationSummary> accommodations = this.stays.accommodations(user);
		if (user.hasRole(Role.HOST)) {
			model.addAttribute("accommodations", accommodations);
			model.addAttribute("recent", this.stays.recentNotifications(user, PageQuery.of(page, HOST_PAGE)));
			return "residence/host";
		}
		if (!ResidenceScope.isStaff(user)) {
			throw vn.lachan.shared.NotFoundException.of("page", "residence");
		}
		Map<Long, String> groupNames = groupNames(user);
		Map<String, Long> counts = new LinkedHashMap<>();
		this.stays.presentCounts(user, group)
			.stream()
			.sorted(Comparator
				.comparing((PresentCount c) -> groupNames.getOrDefault(c.groupId(), "—"), NaturalOrder.INSTANCE)
				.thenComparing(PresentCount::accommodationName, NaturalOrder.INSTANCE))
			.forEach((c) -> counts.merge(groupNames.getOrDefault(c.groupId(), "—") + " · " + c.accommodationName(),
					c.guests(), Long::sum));
		Instant silentBefore = this.clock.instant().minus(this.properties.silentDays(), ChronoUnit.DAYS);
		model.addAttribute("groupNames", groupNames);
		model.addAttribute("group", group);
		model.addAttribute("present", this.stays.list(user, new StayFilter(group, null, true, false, false),
				PageQuery.of(page, PageQuery.DEFAULT_SIZE)));
		model.addAttribute("counts", counts);
		model.addAttribute("silentDays", this.properties.silentDays());
		model.addAttribute("silent",
				PageResult.slice(accommodations.stream()
					.filter((a) -> a.lastNotifiedAt() == null || a.lastNotifiedAt().isBefore(silentBefore))
					.toList(), PageQuery.of(silentPage, PageQuery.DEFAULT_SIZE)));
		model.addAttribute("foreigners", this.stays.list(user, new StayFilter(group, null, true, true, false),
				PageQuery.of(foreignPage, PageQuery.DEFAULT_SIZE)));
		model.addAttribute("late", this.stays.list(user, new StayFilter(group, null, false, false, true),
				PageQuery.of(latePage, PageQuery.DEFAULT_SIZE)));
		model.addAttribute("expiring",
				this.residences.list(user, 15, PageQuery.of(expiringPage, PageQuery.DEFAULT_SIZE)));
		model.addAttribute("accommodations",
				PageResult.slice(accommodations, PageQuery.of(accommodationPage, PageQuery.DEFAULT_SIZE)));
		model.addAttribute("baseUrl", "/console/residence?" + ((group != null) ? "group=" + group + "&" : ""));
		model.addAttribute("canRegister", canRegister(user));
		return "residence/ward";
	}

	@GetMapping("/accommodations/new")
	String newAccommodation(CurrentUser user, Model model) {
		requireRegistrar(user);
		return accommodationPage(user, new AccommodationForm(), model);
	}

	@PostMapping("/accommodations")
	String registerAccommodation(CurrentUser user, @ModelAttribute("accommodationForm") AccommodationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireRegistrar(user);
		return saveAccommodation(user, form, binding, model, redirect,
				() -> this.stays.registerAccommodation(user, form.toInput(user.unitId())), "registered");
	}

	@GetMapping("/accommodations/{id}/edit")
	String editAccommodation(CurrentUser user, @PathVariable long id, Model model) {
		requireRegistrar(user);
		return accommodationPage(user, AccommodationForm.of(this.stays.accommodation(user, id)), model);
	}

	@PostMapping("/accommodations/{id}")
	String updateAccommodation(CurrentUser user, @PathVariable long id,
			@ModelAttribute("accommodationForm") AccommodationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireRegistrar(user);
		form.setId(id);
		return saveAccommodation(user, form, binding, model, redirect, () -> this.stays.updateAccommodation(user, id,
				(form.getVersion() != null) ? form.getVersion() : -1, form.toInput(user.unitId())), "updated");
	}

	/**
	 * Saves a registration or a change; bad input re-shows the form with its messages.
	 * @param flash the flash attribute that names the saved accommodation on the ward
	 * page
	 */
	private String saveAccommodation(CurrentUser user, AccommodationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Supplier<AccommodationSummary> save, String flash) {
		if (binding.hasErrors()) {
			return accommodationPage(user, form, model);
		}
		try {
			redirect.addFlashAttribute(flash, save.get().name());
			return "redirect:/console/residence";
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, binding, Map.of("hostIds", "hostId"));
			return accommodationPage(user, form, model);
		}
	}

	private String accommodationPage(CurrentUser user, AccommodationForm form, Model model) {
		model.addAttribute("accommodationForm", form);
		model.addAttribute("unit", this.territory.findUnit(user.unitId()).orElse(null));
		model.addAttribute("kinds", AccommodationKind.values());
		model.addAttribute("groups",
				this.territory.groupsOf(user.unitId())
					.stream()
					.filter((group) -> user.canSee(group.unitId(), group.id()))
					.toList());
		model.addAttribute("hosts", this.access.accountsOf(Role.HOST, user.unitId()));
		model.addAttribute("officers", this.access.accountsOf(Role.AREA_OFFICER, user.unitId()));
		return "residence/accommodation-form";
	}

	/** Ward officers and area officers of a ward register accommodations. */
	private static boolean canRegister(CurrentUser user) {
		return (user.hasRole(Role.WARD_OFFICER) || user.hasRole(Role.AREA_OFFICER)) && user.unitId() != null;
	}

	private static void requireRegistrar(CurrentUser user) {
		if (!canRegister(user)) {
			throw vn.lachan.shared.NotFoundException.of("page", "accommodations");
		}
	}

	private Map<Long, String> groupNames(CurrentUser user) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (user.unitId() != null) {
			for (ResidentialGroupSummary g : this.territory.groupsOf(user.unitId())) {
				if (user.canSee(g.unitId(), g.id())) {
					names.put(g.id(), g.name());
				}
			}
		}
		return names;
	}

	@GetMapping("/declare")
	String declareForm(CurrentUser user, @RequestParam(required = false) Long accommodation, Model model) {
		DeclareForm form = new DeclareForm();
		form.setAccommodationId(accommodation);
		form.getGuests().get(0).setArrival(nowLocal());
		return declarePage(user, form, model);
	}

	private String declarePage(CurrentUser user, DeclareForm form, Model model) {
		model.addAttribute("declareForm", form);
		model.addAttribute("accommodations", this.stays.accommodations(user));
		return "residence/declare";
	}

	@PostMapping(path = "/declare", params = "addGuest")
	String addGuest(CurrentUser user, @ModelAttribute("declareForm") DeclareForm form, Model model) {
		DeclareForm.GuestForm guest = new DeclareForm.GuestForm();
		guest.setArrival(nowLocal());
		form.getGuests().add(guest);
		return declarePage(user, form, model);
	}

	@PostMapping("/declare")
	String declare(CurrentUser user, @ModelAttribute("declareForm") DeclareForm form, BindingResult binding,
			Model model) {
		List<GuestInput> guests = form.getGuests()
			.stream()
			.filter(Objects::nonNull)
			.map((g) -> new GuestInput(String.valueOf(form.getAccommodationId()), g.getFullName(), g.getBirthDate(),
					g.getSex(), g.getNationality(), g.getDocumentKind(), g.getDocumentNumber(), g.getReason(),
					g.getArrival(), g.getExpectedDeparture(), g.getRoom()))
			.toList();
		try {
			DeclarationOutcome outcome = this.intake.declare(user, Channel.WEB, guests, null, null);
			if (outcome.receipts().isEmpty()) {
				return "redirect:/console/residence";
			}
			return "redirect:/console/residence/notifications/" + outcome.receipts().get(0).notificationId();
		}
		catch (GuestRowsRejected ex) {
			ex.fieldProblems()
				.forEach((p) -> binding.rejectValue(
						p.field().endsWith(".accommodationId") ? "accommodationId" : p.field(), p.code(), p.code()));
			return declarePage(user, form, model);
		}
	}

	@GetMapping("/notifications/{id}")
	String receipt(CurrentUser user, @PathVariable long id, Model model) {
		List<StayView> guests = this.stays.notification(user, id);
		model.addAttribute("guests", guests);
		model.addAttribute("receipt", guests.get(0).receiptNumber());
		model.addAttribute("notificationId", id);
		return "residence/receipt";
	}

	@PostMapping("/stays/{id}/departure")
	String depart(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		StayView stay = this.stays.depart(user, id, null);
		redirect.addFlashAttribute("departed", true);
		return "redirect:/console/residence/notifications/" + stay.notificationId();
	}

	@GetMapping("/import")
	String importPage() {
		return "residence/import";
	}

	@PostMapping("/import")
	String importFile(CurrentUser user, @RequestParam("file") MultipartFile file, Model model) throws IOException {
		try {
			model.addAttribute("outcome", this.intake.declare(user, StayFiles.read(file.getBytes())));
		}
		catch (GuestRowsRejected ex) {
			model.addAttribute("rejected", ex);
			model.addAttribute("problems",
					ProblemLine.of(ex.problems(), this.messages, LocaleContextHolder.getLocale()));
		}
		return "residence/import";
	}

	@GetMapping("/import/template.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return download(StayFiles.csvTemplate(), "mau-luu-tru.csv", "text/csv; charset=UTF-8");
	}

	@GetMapping("/import/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate() {
		return download(StayFiles.xlsxTemplate(), "mau-luu-tru.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

	@GetMapping("/search")
	String searchForm() {
		return "residence/search";
	}

	@PostMapping("/search")
	String search(CurrentUser user, @RequestParam(required = false) String documentNumber,
			@RequestParam(required = false) String fullName, @RequestParam(required = false) LocalDate birthDate,
			@RequestParam(required = false) String purpose, Model model) {
		try {
			model.addAttribute("result",
					this.stays.search(user, new PersonQuery(documentNumber, fullName, birthDate, purpose)));
		}
		catch (DomainException ex) {
			model.addAttribute("problem", (ex instanceof InvalidInputException invalid)
					? invalid.fieldProblems().get(0).code() : "problem." + ex.code());
		}
		model.addAttribute("fullName", fullName);
		model.addAttribute("birthDate", birthDate);
		model.addAttribute("purpose", purpose);
		return "residence/search";
	}

	@GetMapping("/stays/{id}")
	String stay(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("stay", this.stays.stay(user, id));
		return "residence/stay";
	}

	@PostMapping("/stays/{id}/view")
	String viewGuest(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String purpose,
			Model model) {
		try {
			var details = this.stays.viewGuest(user, id, purpose);
			model.addAttribute("details", details);
			model.addAttribute("stay", details.stay());
		}
		catch (vn.lachan.shared.RuleViolationException ex) {
			model.addAttribute("stay", this.stays.stay(user, id));
			model.addAttribute("problem", "problem." + ex.code());
		}
		return "residence/stay";
	}

	@PostMapping("/temporary/{id}/end")
	String endResidence(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.residences.end(user, id);
		return "redirect:/console/residence";
	}

	@PostMapping("/temporary/{id}/renewal")
	String renewResidence(CurrentUser user, @PathVariable long id, @RequestParam LocalDate endsOn) {
		this.residences.renew(user, id, endsOn);
		return "redirect:/console/residence";
	}

	private String nowLocal() {
		return LocalDateTime.ofInstant(this.clock.instant(), VietnamTime.ZONE)
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
	}

}
