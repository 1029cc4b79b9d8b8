package vn.lachan.streets.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.util.UriComponentsBuilder;

import vn.lachan.shared.DomainException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.photo.PhotoSanitizer;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.streets.OffenderKind;
import vn.lachan.streets.ViolationStep;
import vn.lachan.streets.internal.Actor;
import vn.lachan.streets.internal.NewViolation;
import vn.lachan.streets.internal.SanctionQueries;
import vn.lachan.streets.internal.Violation;
import vn.lachan.streets.internal.ViolationManagement;
import vn.lachan.streets.internal.ViolationQueries;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The console's urban-order pages, phone first: the list, the field form with a photo,
 * and a violation with its next steps and the decision.
 */
@Controller
@RequestMapping("/console/streets")
class ViolationPageController {

	private final ViolationManagement management;

	private final ViolationQueries queries;

	private final SanctionQueries catalogue;

	private final TerritoryCatalog territory;

	private final MessageSource messages;

	ViolationPageController(ViolationManagement management, ViolationQueries queries, SanctionQueries catalogue,
			TerritoryCatalog territory, MessageSource messages) {
		this.management = management;
		this.queries = queries;
		this.catalogue = catalogue;
		this.territory = territory;
		this.messages = messages;
	}

	@GetMapping
	String list(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) ViolationStep step, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		if (unit != null) {
			user.requireUnit(unit, "unit", unit);
		}
		model.addAttribute("page", this.queries.search((unit != null) ? java.util.Set.of(unit) : user.unitIds(), step,
				q, from, to, this.management.today(), PageQuery.of(page, null)));
		model.addAttribute("q", q);
		boolean filtered = (q != null && !q.isBlank()) || step != null || unit != null || from != null || to != null;
		model.addAttribute("baseUrl",
				UriComponentsBuilder.fromPath("/console/streets")
					.queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter((t) -> !t.isBlank()))
					.queryParamIfPresent("step", java.util.Optional.ofNullable(step))
					.queryParamIfPresent("unit", java.util.Optional.ofNullable(unit))
					.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
					.queryParamIfPresent("to", java.util.Optional.ofNullable(to))
					.encode()
					.build()
					.toUriString() + (filtered ? "&" : "?"));
		model.addAttribute("step", step);
		model.addAttribute("steps", ViolationStep.values());
		model.addAttribute("types", this.catalogue.types());
		return "streets/violations";
	}

	@GetMapping("/new")
	String form(CurrentUser user, Model model) {
		ViolationForm form = new ViolationForm();
		form.setOccurredAt(ZonedDateTime.now(VietnamTime.ZONE).toLocalDateTime().withSecond(0).withNano(0));
		return show(user, form, model);
	}

	@PostMapping("/new")
	String submit(CurrentUser user, @ModelAttribute("form") ViolationForm form, BindingResult binding,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors() || user.unitId() == null) {
			binding.reject("streets.error.form");
			return show(user, form, model);
		}
		List<byte[]> photos = new ArrayList<>();
		for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
			if (!file.isEmpty()) {
				try {
					photos.add(file.getBytes());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		try {
			Violation violation = this.management.record(user,
					new NewViolation(user.unitId(), form.getGroupId(), form.getTypeCode(),
							(form.getOccurredAt() != null) ? form.getOccurredAt().atZone(VietnamTime.ZONE).toInstant()
									: null,
							form.getAddress(), form.getLatitude(), form.getLongitude(), form.getSummary(),
							form.getOffenderKind(), form.getOffenderName(), form.getOffenderIdentifier(), null),
					photos);
			redirect.addFlashAttribute("success", this.messages.getMessage("streets.recorded", null, locale));
			return "redirect:/console/streets/" + violation.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, binding);
			return show(user, form, model);
		}
	}

	@GetMapping("/{id}")
	String violation(CurrentUser user, @PathVariable long id, Model model) {
		Violation violation = this.management.find(user, id);
		boolean officer = Actor.of(user).officer();
		model.addAttribute("v", violation);
		model.addAttribute("photoIds", this.management.photoIds(user, id));
		model.addAttribute("overdue", violation.overdue(this.management.today()));
		model.addAttribute("nextSteps",
				violation.step()
					.next()
					.stream()
					.filter((s) -> s != ViolationStep.DECIDED && (officer || !s.officersOnly()))
					.toList());
		model.addAttribute("canDecide", officer && violation.step().next().contains(ViolationStep.DECIDED));
		model.addAttribute("titles", this.catalogue.titles());
		model.addAttribute("types", this.catalogue.types());
		model.addAttribute("today", this.management.today());
		return "streets/violation";
	}

	@PostMapping("/{id}/steps")
	String step(CurrentUser user, @PathVariable long id, @RequestParam ViolationStep step,
			@RequestParam(required = false) String note, @RequestParam(defaultValue = "false") boolean transfer,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.management.advance(user, id, step, null, note, transfer);
			redirect.addFlashAttribute("success", this.messages.getMessage("streets.step-saved", null, locale));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", message(ex, locale));
		}
		return "redirect:/console/streets/" + id;
	}

	@PostMapping("/{id}/decision")
	String decide(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String titleCode,
			@RequestParam(required = false) Long fine, @RequestParam(required = false) LocalDate decidedOn,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.management.decide(user, id, titleCode, fine, decidedOn, null);
			redirect.addFlashAttribute("success", this.messages.getMessage("streets.decided", null, locale));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", message(ex, locale));
		}
		return "redirect:/console/streets/" + id;
	}

	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(CurrentUser user, @PathVariable long id, @PathVariable long photoId) {
		PhotoSanitizer.Photo photo = this.management.photo(user, id, photoId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.data());
	}

	private String message(DomainException ex, Locale locale) {
		if (ex instanceof InvalidInputException invalid) {
			return String.join(" ",
					invalid.fieldProblems()
						.stream()
						.map((p) -> this.messages.getMessage(p.message(), null, p.message(), locale))
						.toList());
		}
		return this.messages.getMessage("problem." + ex.code(), ex.arguments(), ex.getMessage(), locale);
	}

	private String show(CurrentUser user, ViolationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", this.catalogue.types());
		model.addAttribute("offenderKinds", OffenderKind.values());
		model.addAttribute("groups", (user.unitId() != null) ? this.territory.groupsOf(user.unitId()) : List.of());
		return "streets/new";
	}

}
