package vn.lachan.territory.web;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.lachan.shared.ConflictException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.pdf.PdfDocuments;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceKind;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.internal.PlaceQrCode;
import vn.lachan.territory.internal.TerritoryManagement;

/**
 * A place's page with its QR code, and the forms to register, change and remove places
 * and to renew a QR token. The QR code encodes {@code <base>/p/<token>}, the base being
 * {@code lachan.public-url} when set, else the address the page was asked on.
 */
@Controller
@RequestMapping("/console/territory")
class PlacePageController {

	private static final String FORM = "territory/place-form";

	private final TerritoryCatalog catalog;

	private final TerritoryManagement management;

	private final PlaceQrCode qrCodes;

	private final MessageSource messages;

	private final String publicUrl;

	private final PdfDocuments pdf;

	PlacePageController(TerritoryCatalog catalog, TerritoryManagement management, PlaceQrCode qrCodes, PdfDocuments pdf,
			MessageSource messages, @Value("${lachan.public-url:}") String publicUrl) {
		this.pdf = pdf;
		this.catalog = catalog;
		this.management = management;
		this.qrCodes = qrCodes;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@ModelAttribute("placeKinds")
	PlaceKind[] placeKinds() {
		return PlaceKind.values();
	}

	@GetMapping("/places/{id}")
	String place(@PathVariable long id, CurrentUser user, Model model) {
		PlaceSummary place = visiblePlace(user, id);
		AdminUnitSummary unit = this.catalog.findUnit(place.unitId()).orElseThrow();
		model.addAttribute("place", place);
		model.addAttribute("unit", unit);
		model.addAttribute("group",
				(place.groupId() != null) ? this.catalog.findGroup(place.groupId()).orElse(null) : null);
		model.addAttribute("qrAddress", this.qrCodes.address(user, id, baseUrl()));
		model.addAttribute("mayEdit", this.management.mayEdit(user, place.unitId()));
		return "territory/place";
	}

	@GetMapping(path = "/places/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qrCode(@PathVariable long id, CurrentUser user) {
		visiblePlace(user, id);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.IMAGE_PNG)
			.body(this.qrCodes.png(user, id, baseUrl()));
	}

	@GetMapping(path = "/places/{id}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qrVector(@PathVariable long id, CurrentUser user) {
		PlaceSummary place = visiblePlace(user, id);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.valueOf("image/svg+xml"))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(place, "qr.svg"))
			.body(this.qrCodes.svg(user, id, baseUrl()));
	}

	/**
	 * An A4 poster to put up at the place: its name, ward, QR code, link and what to do.
	 */
	@GetMapping(path = "/places/{id}/poster.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> poster(@PathVariable long id, CurrentUser user) {
		PlaceSummary place = visiblePlace(user, id);
		Map<String, Object> model = new HashMap<>();
		model.put("place", place);
		model.put("unit", this.catalog.findUnit(place.unitId()).orElseThrow());
		model.put("qrAddress", this.qrCodes.address(user, id, baseUrl()));
		model.put("qrImage",
				"data:image/png;base64," + Base64.getEncoder().encodeToString(this.qrCodes.png(user, id, baseUrl())));
		model.put("font", PdfDocuments.FONT_FAMILY);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(place, "poster.pdf"))
			.body(this.pdf.render("territory/poster", model, LocaleContextHolder.getLocale()));
	}

	private static String attachment(PlaceSummary place, String name) {
		return ContentDisposition.attachment().filename("place-" + place.id() + "-" + name).build().toString();
	}

	@GetMapping("/places/{id}/renew")
	String confirmRenewal(@PathVariable long id, CurrentUser user, Model model) {
		PlaceSummary place = visiblePlace(user, id);
		GroupPageController.editable(this.catalog, this.management, user, place.unitId());
		model.addAttribute("place", place);
		return "territory/place-renew";
	}

	@PostMapping("/places/{id}/renew")
	String renew(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		PlaceSummary place = visiblePlace(user, id);
		this.management.renewQrToken(user, id);
		redirect.addFlashAttribute("success", message("territory.place.renewed", place.name()));
		return "redirect:/console/territory/places/" + id;
	}

	@GetMapping("/units/{unitId}/places/new")
	String newPlace(@PathVariable long unitId, CurrentUser user, Model model) {
		formModel(model, editableUnit(user, unitId), null);
		model.addAttribute("placeForm", new PlaceForm());
		return FORM;
	}

	@PostMapping("/units/{unitId}/places")
	String register(@PathVariable long unitId, @Valid @ModelAttribute("placeForm") PlaceForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		formModel(model, editableUnit(user, unitId), null);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			PlaceSummary place = this.management.registerPlace(user, unitId, form.details());
			redirect.addFlashAttribute("success", message("territory.place.registered", place.name()));
			return "redirect:/console/territory/places/" + place.id();
		}
		catch (ConflictException ex) {
			result.rejectValue("name", "territory.place.name-taken", ex.arguments(), "");
		}
		catch (RuleViolationException ex) {
			result.rejectValue("groupId", "problem." + ex.code(), ex.arguments(), "");
		}
		return FORM;
	}

	@GetMapping("/places/{id}/edit")
	String edit(@PathVariable long id, CurrentUser user, Model model) {
		PlaceSummary place = visiblePlace(user, id);
		formModel(model, editableUnit(user, place.unitId()), place);
		model.addAttribute("placeForm", PlaceForm.of(place));
		return FORM;
	}

	@PostMapping("/places/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("placeForm") PlaceForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		PlaceSummary place = visiblePlace(user, id);
		formModel(model, editableUnit(user, place.unitId()), place);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			PlaceSummary changed = this.management.changePlace(user, id, form.getVersion(), form.details());
			redirect.addFlashAttribute("success", message("territory.place.changed", changed.name()));
			return "redirect:/console/territory/places/" + id;
		}
		catch (ConflictException ex) {
			result.rejectValue("name", "territory.place.name-taken", ex.arguments(), "");
		}
		catch (RuleViolationException ex) {
			result.rejectValue("groupId", "problem." + ex.code(), ex.arguments(), "");
		}
		return FORM;
	}

	@GetMapping("/places/{id}/delete")
	String confirmRemoval(@PathVariable long id, CurrentUser user, Model model) {
		PlaceSummary place = visiblePlace(user, id);
		model.addAttribute("unit", editableUnit(user, place.unitId()));
		model.addAttribute("place", place);
		return "territory/place-delete";
	}

	@PostMapping("/places/{id}/delete")
	String remove(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		PlaceSummary place = visiblePlace(user, id);
		this.management.removePlace(user, id);
		redirect.addFlashAttribute("success", message("territory.place.removed", place.name()));
		return "redirect:/console/territory/units/" + place.unitId();
	}

	private void formModel(Model model, AdminUnitSummary unit, PlaceSummary place) {
		List<ResidentialGroupSummary> groups = this.catalog.groupsOf(unit.id());
		model.addAttribute("unit", unit);
		model.addAttribute("place", place);
		model.addAttribute("groups", groups);
	}

	private PlaceSummary visiblePlace(CurrentUser user, long id) {
		PlaceSummary place = this.catalog.findPlace(id).orElseThrow(() -> NotFoundException.of("place", id));
		user.requireUnit(place.unitId(), "place", id);
		return place;
	}

	private AdminUnitSummary editableUnit(CurrentUser user, long unitId) {
		return GroupPageController.editable(this.catalog, this.management, user, unitId);
	}

	private String baseUrl() {
		if (this.publicUrl != null && !this.publicUrl.isBlank()) {
			return this.publicUrl;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
