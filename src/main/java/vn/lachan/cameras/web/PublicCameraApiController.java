package vn.lachan.cameras.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.cameras.CameraSummary;
import vn.lachan.cameras.internal.CameraManagement;
import vn.lachan.cameras.internal.CameraQueries;
import vn.lachan.cameras.internal.ConeView;
import vn.lachan.cameras.internal.FootageRequests;
import vn.lachan.cameras.internal.OwnerInput;
import vn.lachan.cameras.internal.OwnerRegistration;
import vn.lachan.cameras.internal.OwnerRequestView;
import vn.lachan.cameras.internal.OwnerView;
import vn.lachan.shared.NotFoundException;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * What anyone may reach without an account: an owner's registration and private link, a
 * footage request's private link, and the open data of public cameras (GeoJSON, RFC 7946;
 * private cameras only as counts per residential group).
 */
@RestController
@Tag(name = "Cameras (public)", description = "Owners' registration and links; open data of public cameras")
class PublicCameraApiController {

	static final String GEO_JSON = "application/geo+json";

	private final CameraManagement management;

	private final CameraQueries queries;

	private final FootageRequests requests;

	private final TerritoryCatalog territory;

	PublicCameraApiController(CameraManagement management, CameraQueries queries, FootageRequests requests,
			TerritoryCatalog territory) {
		this.management = management;
		this.queries = queries;
		this.requests = requests;
		this.territory = territory;
	}

	@PostMapping("/api/v1/public/camera-owners")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "An owner registers cameras; the answer carries the private link's token, once")
	OwnerRegistration register(@RequestBody OwnerRegistrationRequest request) {
		List<vn.lachan.cameras.internal.CameraInput> cameras = (request.cameras() != null)
				? request.cameras().stream().map(CameraRequest::camera).toList() : List.of();
		return this.management.registerOwner((request.unitId() != null) ? request.unitId() : -1,
				new OwnerInput(request.ownerKind(), request.ownerName(), request.ownerContact(), request.ownerEmail()),
				cameras);
	}

	@GetMapping("/api/v1/public/camera-owners/{token}")
	@Operation(summary = "What the owner's link opens: that owner's cameras only")
	OwnerView owner(@PathVariable String token) {
		return this.management.owner(token);
	}

	@PostMapping("/api/v1/public/camera-owners/{token}/withdrawal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The owner withdraws consent on every camera; the link closes")
	void withdraw(@PathVariable String token) {
		this.management.withdrawByOwner(token);
	}

	@GetMapping("/api/v1/public/footage-requests/{token}")
	@Operation(summary = "What the owner sees of a footage request: category, window and place")
	OwnerRequestView request(@PathVariable String token) {
		return this.requests.forOwner(token);
	}

	@PostMapping("/api/v1/public/footage-requests/{token}/answer")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The owner provides (upload or come and copy) or declines")
	void answer(@PathVariable String token, @RequestBody OwnerAnswer answer) {
		if (answer.answer() == OwnerAnswer.Answer.DECLINE) {
			this.requests.decline(token);
		}
		else {
			this.requests.provide(token, (answer.answer() == null) ? null : answer.method());
		}
	}

	@GetMapping(path = "/api/v1/public/cameras.geojson", produces = GEO_JSON)
	@Operation(summary = "Open data: public cameras with their view cones (GeoJSON, RFC 7946)",
			description = "Private cameras appear only as counts per residential group, never with owner data.")
	Map<String, Object> geoJson(@RequestParam long unit) {
		if (this.territory.findUnit(unit).filter((found) -> found.level() == AdminLevel.COMMUNE).isEmpty()) {
			throw NotFoundException.of("unit", unit);
		}
		List<Object> features = new ArrayList<>();
		for (ConeView cone : this.queries.publicCameras(Set.of(unit))) {
			CameraSummary camera = cone.camera();
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("kind", "camera");
			properties.put("id", camera.id());
			properties.put("label", camera.label());
			properties.put("address", camera.address());
			properties.put("status", camera.status().name());
			properties.put("bearing", camera.bearing());
			properties.put("fieldOfView", camera.fieldOfView());
			properties.put("rangeMetres", camera.rangeMetres());
			features.add(feature(Map.of("type", "Point", "coordinates", List.of(camera.longitude(), camera.latitude())),
					properties));
			features.add(feature(Map.of("type", "Polygon", "coordinates", List.of(cone.ring())),
					Map.of("kind", "view-cone", "cameraId", camera.id())));
		}
		Map<Long, Long> counts = this.queries.privateCountsByGroup(Set.of(unit));
		for (ResidentialGroupSummary group : this.territory.groupsOf(unit)) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("kind", "private-cameras");
			properties.put("residentialGroup", group.name());
			properties.put("count", counts.getOrDefault(group.id(), 0L));
			features.add(feature(null, properties));
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
	}

	private static Map<String, Object> feature(Object geometry, Map<String, Object> properties) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("geometry", geometry);
		feature.put("properties", properties);
		return feature;
	}

}
