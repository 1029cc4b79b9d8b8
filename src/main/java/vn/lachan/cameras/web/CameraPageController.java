package vn.lachan.cameras.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.cameras.CameraStatus;
import vn.lachan.cameras.CameraSummary;
import vn.lachan.cameras.Ownership;
import vn.lachan.cameras.internal.CameraManagement;
import vn.lachan.cameras.internal.CameraQueries;
import vn.lachan.cameras.internal.ConeView;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The registry's pages in the console: the list, a camera with its consent, staff entry,
 * and the map of cones and gaps.
 */
@Controller
class CameraPageController {

	private final CameraManagement management;

	private final CameraQueries queries;

	private final TerritoryCatalog territory;

	private final Clock clock;

	CameraPageController(CameraManagement management, CameraQueries queries, TerritoryCatalog territory, Clock clock) {
		this.management = management;
		this.queries = queries;
		this.territory = territory;
		this.clock = clock;
	}

	@GetMapping("/console/cameras")
	String list(CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) Ownership ownership, @RequestParam(required = false) CameraStatus status,
			@RequestParam(name = "unit", required = false) Long ward, @RequestParam(required = false) Integer page,
			Model model) {
		if (user.unitId() == null) {
			model.addAttribute("page", null);
			return "cameras/list";
		}
		long unit = (ward != null) ? ward : user.unitId();
		model.addAttribute("page", this.queries.search(user, unit, q, ownership, status, PageQuery.of(page, null)));
		model.addAttribute("pending", this.queries.awaitingConfirmation(user, unit));
		model.addAttribute("q", q);
		model.addAttribute("ownership", ownership);
		model.addAttribute("status", status);
		model.addAttribute("ownerships", Ownership.values());
		model.addAttribute("statuses", CameraStatus.values());
		model.addAttribute("baseUrl", "/console/cameras?"
				+ ((q != null) ? "q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "&"
						: "")
				+ ((ownership != null) ? "ownership=" + ownership + "&" : "")
				+ ((status != null) ? "status=" + status + "&" : "") + ((ward != null) ? "unit=" + ward + "&" : ""));
		return "cameras/list";
	}

	@GetMapping("/console/cameras/{id}")
	String camera(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("camera", this.queries.camera(user, id));
		return "cameras/camera";
	}

	@PostMapping("/console/cameras/{id}/consent-withdrawal")
	String withdraw(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.management.withdrawConsent(user, id), "cameras.camera.withdrawn");
	}

	@PostMapping("/console/cameras/{id}/confirmation")
	String confirm(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.management.confirm(user, id), "cameras.camera.confirmed-now");
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String success) {
		try {
			action.run();
			redirect.addFlashAttribute("successKey", success);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorKey", "problem." + ex.code());
		}
		return "redirect:/console/cameras/" + id;
	}

	@GetMapping("/console/cameras/new")
	String form(CurrentUser user, Model model) {
		CameraForm form = new CameraForm();
		form.setInstalledOn(LocalDate.now(this.clock.withZone(VietnamTime.ZONE)));
		return showForm(user, form, model);
	}

	private String showForm(CurrentUser user, CameraForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("ownerships", Ownership.values());
		model.addAttribute("groups", (user.unitId() != null) ? this.territory.groupsOf(user.unitId()) : List.of());
		return "cameras/form";
	}

	@PostMapping("/console/cameras/new")
	String create(CurrentUser user, @ModelAttribute("form") CameraForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				CameraSummary camera = this.management.register(user, CameraApiController.unit(user, null),
						form.camera(), form.owner());
				redirect.addFlashAttribute("successKey", "cameras.camera.created");
				return "redirect:/console/cameras/" + camera.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result);
			}
		}
		return showForm(user, form, model);
	}

	@GetMapping("/console/cameras/map")
	String map(CurrentUser user, Model model) {
		model.addAttribute("gaps",
				(user.unitId() != null) ? this.queries.coverage(user, user.unitId()).gaps() : List.of());
		return "cameras/map";
	}

	/** The cones of the ward as GeoJSON for the map: no owner data. */
	@GetMapping(path = "/console/cameras/map/cones", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> cones(CurrentUser user) {
		List<Object> features = new java.util.ArrayList<>();
		if (user.unitId() != null) {
			for (ConeView cone : this.queries.cones(user, user.unitId())) {
				Map<String, Object> properties = new LinkedHashMap<>();
				properties.put("id", cone.camera().id());
				properties.put("label", cone.camera().label());
				properties.put("public", cone.camera().ownership().isPublic());
				properties.put("status", cone.camera().status().name());
				properties.put("url", "/console/cameras/" + cone.camera().id());
				features.add(Map.of("type", "Feature", "geometry",
						Map.of("type", "Polygon", "coordinates", List.of(cone.ring())), "properties", properties));
			}
		}
		return Map.of("type", "FeatureCollection", "features", features);
	}

	static List<ResidentialGroupSummary> none() {
		return List.of();
	}

}
