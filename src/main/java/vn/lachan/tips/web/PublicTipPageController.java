package vn.lachan.tips.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import vn.lachan.shared.DemoData;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.shared.web.PlaceLandingLinks;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.photo.PhotoSanitizer;
import vn.lachan.shared.photo.PhotoSanitizer.PhotoRefused;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.UnitQuery;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.internal.ReporterDetails;
import vn.lachan.tips.internal.TipPlace;
import vn.lachan.tips.internal.TipSubmission;
import vn.lachan.tips.internal.Receipt;
import vn.lachan.tips.internal.TipCategories;
import vn.lachan.tips.internal.TipFollowUp;
import vn.lachan.tips.internal.TipIntake;

/**
 * The public pages: the report form (also opened from a place's QR code), the receipt
 * shown once, and follow-up by receipt code and secret. No sign-in, nothing about the
 * sender's connection kept.
 */
@Controller
class PublicTipPageController {

	private final TipIntake intake;

	private final TipFollowUp followUp;

	private final TipCategories categories;

	private final TerritoryCatalog territory;

	private final PhotoSanitizer photos;

	private final Clock clock;

	private final String cityCode;

	private final boolean demo;

	private final List<PlaceLandingLinks> landingLinks;

	private final MessageSource messages;

	PublicTipPageController(TipIntake intake, TipFollowUp followUp, TipCategories categories,
			TerritoryCatalog territory, PhotoSanitizer photos, Clock clock,
			@Value("${lachan.tips.city-code:356}") String cityCode,
			@Value("${" + DemoData.ENABLED_PROPERTY + ":false}") boolean demo, List<PlaceLandingLinks> landingLinks,
			MessageSource messages) {
		this.landingLinks = landingLinks;
		this.messages = messages;
		this.intake = intake;
		this.followUp = followUp;
		this.categories = categories;
		this.territory = territory;
		this.photos = photos;
		this.clock = clock;
		this.cityCode = cityCode;
		this.demo = demo;
	}

	@GetMapping("/report")
	String form(Model model) {
		PublicTipForm form = new PublicTipForm();
		form.setIdempotencyKey(UUID.randomUUID().toString());
		return show(form, null, model);
	}

	@GetMapping("/p/{token}")
	String placeForm(@PathVariable String token, Model model) {
		PlaceSummary place = place(token);
		PublicTipForm form = new PublicTipForm();
		form.setIdempotencyKey(UUID.randomUUID().toString());
		form.setPlaceToken(token);
		return show(form, place, model);
	}

	@GetMapping("/report/groups")
	@ResponseBody
	List<GroupOption> groups(@RequestParam long unit) {
		return this.territory.groupsOf(unit).stream().map((g) -> new GroupOption(g.id(), g.name())).toList();
	}

	@PostMapping("/report")
	String submit(@ModelAttribute("form") PublicTipForm form, BindingResult binding,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model) {
		form.setPlaceToken(null);
		return receive(form, binding, files, null, model);
	}

	@PostMapping("/p/{token}")
	String submitAtPlace(@PathVariable String token, @ModelAttribute("form") PublicTipForm form, BindingResult binding,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model) {
		PlaceSummary place = place(token);
		form.setPlaceToken(token);
		return receive(form, binding, files, place, model);
	}

	@GetMapping("/track")
	String trackForm() {
		return "tips/public/track";
	}

	@PostMapping("/track")
	String track(@RequestParam String receipt, @RequestParam String secret, Model model) {
		try {
			model.addAttribute("tracked", this.followUp.track(receipt, secret));
			model.addAttribute("secret", secret);
		}
		catch (NotFoundException ex) {
			model.addAttribute("notFound", true);
		}
		return "tips/public/track";
	}

	@PostMapping("/track/answer")
	String answer(@RequestParam String receipt, @RequestParam String secret, @RequestParam String body, Model model) {
		try {
			model.addAttribute("tracked", this.followUp.answer(receipt, secret, body));
			model.addAttribute("answered", true);
		}
		catch (NotFoundException ex) {
			model.addAttribute("notFound", true);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("tracked", this.followUp.track(receipt, secret));
			model.addAttribute("answerError", FormErrors.text(ex, this.messages, LocaleContextHolder.getLocale()));
		}
		catch (vn.lachan.shared.RuleViolationException ex) {
			model.addAttribute("tracked", this.followUp.track(receipt, secret));
			model.addAttribute("answerError",
					this.messages.getMessage("tip.track.closed", null, LocaleContextHolder.getLocale()));
		}
		model.addAttribute("secret", secret);
		return "tips/public/track";
	}

	private String receive(PublicTipForm form, BindingResult binding, List<MultipartFile> files, PlaceSummary place,
			Model model) {
		List<TipSubmission.Photo> sanitised = new ArrayList<>();
		List<MultipartFile> given = (files != null) ? files.stream().filter((f) -> !f.isEmpty()).toList() : List.of();
		if (given.size() > PhotoSanitizer.MAX_PHOTOS) {
			binding.reject("tip.error.photo-count");
		}
		else {
			for (MultipartFile file : given) {
				try {
					PhotoSanitizer.Photo photo = this.photos.sanitise(file.getBytes());
					sanitised.add(new TipSubmission.Photo(photo.contentType(), photo.data()));
				}
				catch (PhotoRefused ex) {
					binding.reject("tip.error." + ex.code());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		if (binding.hasErrors()) {
			return show(form, place, model);
		}
		try {
			Receipt receipt = this.intake.submit(TipSubmission.ofPublic(
					(place != null) ? TipChannel.QR : TipChannel.WEB, form.getCategoryCode(), form.getDescription(),
					(form.getOccurredAt() != null) ? form.getOccurredAt().atZone(VietnamTime.ZONE).toInstant() : null,
					TipPlace.given(form.getUnitId(), form.getGroupId(), form.getAddress(), form.getLatitude(),
							form.getLongitude()),
					form.getPlaceToken(),
					ReporterDetails.ofPublic(form.isAnonymous(), form.getReporterName(), form.getReporterContact()),
					null, form.getIdempotencyKey(), sanitised));
			model.addAttribute("receipt", receipt);
			return "tips/public/receipt";
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, binding);
			return show(form, place, model);
		}
	}

	private String show(PublicTipForm form, PlaceSummary place, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("place", place);
		model.addAttribute("landingLinks",
				(place != null) ? this.landingLinks.stream()
					.flatMap((links) -> links.linksFor(place.id(), form.getPlaceToken()).stream())
					.toList() : List.of());
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("wards", wards());
		model.addAttribute("groups",
				(form.getUnitId() != null) ? this.territory.groupsOf(form.getUnitId()) : List.of());
		model.addAttribute("action", (place != null) ? "/p/" + form.getPlaceToken() : "/report");
		return "tips/public/report";
	}

	private PlaceSummary place(String token) {
		return this.territory.findPlaceByToken(token).orElseThrow(() -> NotFoundException.of("place", "token"));
	}

	/** The wards and communes of the city, on the day the public sees it. */
	private List<AdminUnitSummary> wards() {
		LocalDate on = this.demo ? DemoData.AS_OF : LocalDate.now(this.clock);
		return this.territory.findUnitByCode(this.cityCode, on)
			.map((city) -> this.territory.findUnits(new UnitQuery(city.id(), AdminLevel.COMMUNE, on, null)))
			.orElse(List.of());
	}

	record GroupOption(long id, String name) {
	}

}
