package vn.lachan.territory.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceKind;
import vn.lachan.territory.PlaceQuery;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupKind;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.SuccessionSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.UnitQuery;
import vn.lachan.territory.internal.TerritoryManagement;
import vn.lachan.territory.internal.TerritoryManagement.GroupDetails;
import vn.lachan.territory.internal.TerritoryManagement.PlaceDetails;

/**
 * Administrative units (reference data, readable by all staff), and the residential
 * groups and places of a ward (within the caller's scope; outside it, 404).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Territory", description = "Administrative units, residential groups and places")
class TerritoryApiController {

	private final TerritoryCatalog catalog;

	private final TerritoryManagement management;

	TerritoryApiController(TerritoryCatalog catalog, TerritoryManagement management) {
		this.catalog = catalog;
		this.management = management;
	}

	@GetMapping("/admin-units")
	@Operation(summary = "Administrative units, filtered by parent, level, the date they were valid on and text")
	PageResult<AdminUnitSummary> units(@RequestParam(required = false) Long parent,
			@RequestParam(required = false) AdminLevel level,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) @Size(max = 100) String q,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.catalog.findUnits(new UnitQuery(parent, level, on, q), PageQuery.of(page, size));
	}

	@GetMapping("/admin-units/{id}")
	@Operation(summary = "One administrative unit with its successions")
	UnitDetails unit(@PathVariable long id) {
		AdminUnitSummary unit = this.catalog.findUnit(id).orElseThrow(() -> NotFoundException.of("admin-unit", id));
		return new UnitDetails(unit, this.catalog.successionsOf(id));
	}

	@GetMapping("/admin-units/{id}/residential-groups")
	@Operation(summary = "The residential groups of a ward or commune in the caller's scope")
	PageResult<ResidentialGroupSummary> groups(@PathVariable long id, CurrentUser user,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		user.requireUnit(id, "admin-unit", id);
		this.catalog.findUnit(id).orElseThrow(() -> NotFoundException.of("admin-unit", id));
		// a ward's groups, in natural order ("Tổ 2" before "Tổ 10"): sorted and paged in
		// memory
		return PageResult.slice(this.catalog.groupsOf(id), PageQuery.of(page, size));

	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping("/admin-units/{id}/residential-groups")
	@Operation(summary = "Registers a residential group (administrators and the ward's officers)")
	ResponseEntity<ResidentialGroupSummary> registerGroup(@PathVariable long id,
			@Valid @RequestBody GroupRequest request, CurrentUser user) {
		ResidentialGroupSummary group = this.management.registerGroup(user, id, request.details());
		return ResponseEntity.created(URI.create("/api/v1/residential-groups/" + group.id())).body(group);
	}

	@GetMapping("/residential-groups/{id}")
	@Operation(summary = "One residential group in the caller's scope")
	ResidentialGroupSummary group(@PathVariable long id, CurrentUser user) {
		ResidentialGroupSummary group = this.catalog.findGroup(id)
			.orElseThrow(() -> NotFoundException.of("residential-group", id));
		user.requireUnit(group.unitId(), "residential-group", id);
		return group;
	}

	@GetMapping("/places")
	@Operation(summary = "Places in the caller's scope, paged, searchable with diacritics folded")
	PageResult<PlaceSummary> places(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @Size(max = 100) String q, @RequestParam(required = false) PlaceKind kind,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, CurrentUser user) {
		Set<Long> units = user.unrestricted() ? null : user.unitIds();
		if (unit != null) {
			user.requireUnit(unit, "admin-unit", unit);
			units = Set.of(unit);
		}
		return this.catalog.findPlaces(new PlaceQuery(units, q, kind), new PageQuery(page, size));
	}

	@GetMapping("/places/{id}")
	@Operation(summary = "One place in the caller's scope")
	PlaceSummary place(@PathVariable long id, CurrentUser user) {
		PlaceSummary place = this.catalog.findPlace(id).orElseThrow(() -> NotFoundException.of("place", id));
		user.requireUnit(place.unitId(), "place", id);
		return place;
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping("/places")
	@Operation(summary = "Registers a place of a ward (administrators and the ward's officers)")
	ResponseEntity<PlaceSummary> registerPlace(@Valid @RequestBody PlaceRequest request, CurrentUser user) {
		PlaceSummary place = this.management.registerPlace(user, request.unitId(), request.details());
		return ResponseEntity.created(URI.create("/api/v1/places/" + place.id())).body(place);
	}

	/**
	 * A unit with the links to the units before and after it.
	 */
	record UnitDetails(AdminUnitSummary unit, List<SuccessionSummary> successions) {
	}

	/**
	 * A residential group to register.
	 */
	record GroupRequest(@NotBlank @Size(max = 200) String name, @NotNull ResidentialGroupKind kind,
			@NotNull @Min(0) @Max(100000) Integer households, @NotNull @Min(0) @Max(1000000) Integer residents) {

		GroupDetails details() {
			return new GroupDetails(this.name, this.kind, this.households, this.residents);
		}

	}

	/**
	 * A place to register.
	 */
	record PlaceRequest(@NotNull Long unitId, @NotBlank @Size(max = 200) String name, @NotNull PlaceKind kind,
			Long groupId, @Size(max = 300) String address, @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
			@DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

		PlaceDetails details() {
			return new PlaceDetails(this.name, this.kind, this.groupId, this.address, this.latitude, this.longitude);
		}

	}

}
