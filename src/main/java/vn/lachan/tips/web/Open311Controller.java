package vn.lachan.tips.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.lachan.shared.DemoData;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.UnitQuery;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.internal.ApiClients;
import vn.lachan.tips.internal.Open311Queries;
import vn.lachan.tips.internal.Open311Queries.Open311Query;
import vn.lachan.tips.internal.Open311Queries.PublicRequest;
import vn.lachan.tips.internal.ReporterDetails;
import vn.lachan.tips.internal.TipPlace;
import vn.lachan.tips.internal.TipSubmission;
import vn.lachan.tips.internal.Receipt;
import vn.lachan.tips.internal.TipCategories;
import vn.lachan.tips.internal.TipCategory;
import vn.lachan.tips.internal.TipIntake;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}: discovery, services, service definitions,
 * requests (read and submit), one request, tokens; each in {@code .json} and
 * {@code .xml}. Every service requires the attribute {@code ward} (a ward or commune of
 * the city), since a tip belongs to a ward. Extensions: {@code page}/{@code page_size},
 * the bounding box {@code lat_ne}, {@code long_ne}, {@code lat_sw}, {@code long_sw}, and
 * {@code updated_after}.
 */
@Controller
@RequestMapping("/open311/v2")
class Open311Controller {

	static final String WARD_ATTRIBUTE = "ward";

	private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private static final Duration MAX_RANGE = Duration.ofDays(90);

	private static final int MAX_PAGE_SIZE = 1000;

	private final TipCategories categories;

	private final TipIntake intake;

	private final Open311Queries queries;

	private final ApiClients clients;

	private final TerritoryCatalog territory;

	private final MessageSource messages;

	private final Clock clock;

	private final String jurisdiction;

	private final String cityCode;

	private final boolean demo;

	Open311Controller(TipCategories categories, TipIntake intake, Open311Queries queries, ApiClients clients,
			TerritoryCatalog territory, MessageSource messages, Clock clock,
			@Value("${lachan.open311.jurisdiction-id:namdinh.lachan.vn}") String jurisdiction,
			@Value("${lachan.tips.city-code:356}") String cityCode,
			@Value("${" + DemoData.ENABLED_PROPERTY + ":false}") boolean demo) {
		this.categories = categories;
		this.intake = intake;
		this.queries = queries;
		this.clients = clients;
		this.territory = territory;
		this.messages = messages;
		this.clock = clock;
		this.jurisdiction = jurisdiction;
		this.cityCode = cityCode;
		this.demo = demo;
	}

	@GetMapping("/discovery.{format:json|xml}")
	@ResponseBody
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
		Open311Format out = format(format);
		String base = request.getRequestURL().toString().replaceFirst("/discovery\\.(json|xml)$", "");
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", base);
		endpoint.put("changeset", "2026-11-29T00:00:00+07:00");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("changeset", "2026-11-29T00:00:00+07:00");
		document.put("contact", "Công an phường, xã nơi xảy ra sự việc — Lá Chắn");
		document.put("key_service", "API keys are issued by the platform's administrators");
		document.put("endpoints", List.of(endpoint));
		return ok(out, out.object("discovery", document));
	}

	@GetMapping("/services.{format:json|xml}")
	@ResponseBody
	ResponseEntity<String> services(@PathVariable String format, HttpServletRequest request) {
		Open311Format out = format(format);
		jurisdiction(request);
		List<Map<String, Object>> services = new ArrayList<>();
		for (TipCategory category : this.categories.all()) {
			if (!category.open311()) {
				continue;
			}
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", category.code());
			service.put("service_name", category.name(locale(request)));
			service.put("description", category.name(locale(request)));
			service.put("metadata", true);
			service.put("type", "realtime");
			service.put("keywords", category.keywords());
			service.put("group", category.group().name().toLowerCase(Locale.ROOT));
			services.add(service);
		}
		return ok(out, out.list("services", "service", services));
	}

	@GetMapping("/services/{code}.{format:json|xml}")
	@ResponseBody
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format, HttpServletRequest request) {
		Open311Format out = format(format);
		jurisdiction(request);
		TipCategory category = submittable(code);
		List<Map<String, Object>> attributes = new ArrayList<>();
		attributes.add(attribute(WARD_ATTRIBUTE, "singlevaluelist", true, 1, "Phường, xã / Ward or commune",
				wards().stream().map((w) -> value(String.valueOf(w.id()), w.name())).toList()));
		for (TipCategory.Attribute extra : category.attributes()) {
			attributes.add(attribute(extra.code(), extra.datatype(), extra.required(), extra.order() + 1,
					extra.description(), extra.values().stream().map((v) -> value(v.key(), v.name())).toList()));
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", category.code());
		definition.put("attributes", attributes);
		return ok(out, out.object("service_definition", definition));
	}

	@PostMapping("/requests.{format:json|xml}")
	@ResponseBody
	ResponseEntity<String> submit(@PathVariable String format, HttpServletRequest request) {
		Open311Format out = format(format);
		jurisdiction(request);
		if (this.clients.findByKey(param(request, "api_key")).isEmpty()) {
			throw new Open311Exception(403, "api_key is missing or not valid");
		}
		List<Open311Format.Error> missing = new ArrayList<>();
		String code = param(request, "service_code");
		if (code == null) {
			missing.add(new Open311Format.Error(400, "service_code is required"));
		}
		BigDecimal lat = decimal(request, "lat");
		BigDecimal lon = decimal(request, "long");
		String address = param(request, "address_string");
		if (address == null && param(request, "address_id") != null) {
			address = "address_id " + param(request, "address_id");
		}
		if ((lat == null || lon == null) && address == null) {
			missing.add(
					new Open311Format.Error(400, "a location is required: lat and long, address_string or address_id"));
		}
		String ward = param(request, "attribute[" + WARD_ATTRIBUTE + "]");
		if (ward == null) {
			missing.add(new Open311Format.Error(400, "attribute[ward] is required"));
		}
		if (!missing.isEmpty()) {
			throw new Open311Exception(400, missing);
		}
		TipCategory category = submittable(code);
		Long unitId = wards().stream()
			.filter((w) -> String.valueOf(w.id()).equals(ward))
			.map(AdminUnitSummary::id)
			.findFirst()
			.orElseThrow(() -> new Open311Exception(400, "attribute[ward] is not a ward of this jurisdiction"));
		Map<String, String> attributes = new HashMap<>();
		for (TipCategory.Attribute extra : category.attributes()) {
			String value = param(request, "attribute[" + extra.code() + "]");
			if (value == null && request.getParameterValues("attribute[" + extra.code() + "][]") != null) {
				value = String.join(",", request.getParameterValues("attribute[" + extra.code() + "][]"));
			}
			if (value != null) {
				attributes.put(extra.code(), value);
			}
		}
		String name = joined(param(request, "first_name"), param(request, "last_name"));
		String contact = joined(param(request, "email"), param(request, "phone"));
		try {
			Receipt receipt = this.intake.submit(TipSubmission.ofPublic(TipChannel.OPEN311, category.code(),
					param(request, "description"), null, TipPlace.given(unitId, null, address, lat, lon), null,
					ReporterDetails.ofPublic(name == null && contact == null, name, contact), attributes, null,
					List.of()));
			Map<String, Object> created = new LinkedHashMap<>();
			created.put("service_request_id", String.valueOf(receipt.tipId()));
			created.put("service_notice", message("tip.open311.notice", request));
			created.put("account_id", null);
			return ResponseEntity.status(201)
				.header(HttpHeaders.CONTENT_TYPE, out.contentType())
				.body(out.list("service_requests", "request", List.of(created)));
		}
		catch (InvalidInputException ex) {
			throw new Open311Exception(400, ex.fieldProblems()
				.stream()
				.map((p) -> new Open311Format.Error(400, open311Name(p.field()) + ": " + message(p.message(), request)))
				.toList());
		}
	}

	@GetMapping("/requests.{format:json|xml}")
	@ResponseBody
	ResponseEntity<String> requests(@PathVariable String format, HttpServletRequest request) {
		Open311Format out = format(format);
		jurisdiction(request);
		Instant now = this.clock.instant();
		List<Long> ids = list(request, "service_request_id").stream().map(Open311Controller::id).toList();
		Instant end = instant(request, "end_date");
		Instant start = instant(request, "start_date");
		if (end == null) {
			end = (start != null) ? start.plus(MAX_RANGE) : now;
		}
		if (start == null) {
			start = end.minus(MAX_RANGE);
		}
		if (start.isAfter(end) || Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
			throw new Open311Exception(400, "start_date and end_date must span at most 90 days");
		}
		List<TipStatus> statuses = new ArrayList<>();
		for (String status : list(request, "status")) {
			switch (status) {
				case "open" -> statuses.addAll(List.of(TipStatus.RECEIVED, TipStatus.ASSIGNED, TipStatus.VERIFYING));
				case "closed" ->
					statuses.addAll(List.of(TipStatus.RESOLVED, TipStatus.REJECTED, TipStatus.TRANSFERRED));
				default -> throw new Open311Exception(400, "status must be open or closed");
			}
		}
		BigDecimal[] box = box(request);
		int page = number(request, "page", 1, 1, Integer.MAX_VALUE);
		int pageSize = number(request, "page_size", MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE);
		List<PublicRequest> found = this.queries.find(new Open311Query(ids, list(request, "service_code"), start, end,
				statuses, instant(request, "updated_after"), box[0], box[1], box[2], box[3], page, pageSize));
		return ok(out,
				out.list("service_requests", "request", found.stream().map((r) -> request(r, request)).toList()));
	}

	@GetMapping("/requests/{id}.{format:json|xml}")
	@ResponseBody
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
		Open311Format out = format(format);
		jurisdiction(request);
		PublicRequest found = this.queries.findOne(notFoundUnlessNumber(id))
			.orElseThrow(() -> new Open311Exception(404, "service request " + id + " not found"));
		return ok(out, out.list("service_requests", "request", List.of(request(found, request))));
	}

	@GetMapping("/tokens/{token}.{format:json|xml}")
	@ResponseBody
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
		Open311Format out = format(format);
		jurisdiction(request);
		long id = this.queries.idForToken(token)
			.orElseThrow(() -> new Open311Exception(404, "token " + token + " not found"));
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("service_request_id", String.valueOf(id));
		item.put("token", token);
		return ok(out, out.list("service_requests", "request", List.of(item)));
	}

	private Map<String, Object> request(PublicRequest tip, HttpServletRequest http) {
		Locale locale = locale(http);
		boolean open = tip.status().isOpen();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("service_request_id", String.valueOf(tip.id()));
		item.put("status", open ? "open" : "closed");
		item.put("status_notes", statusNotes(tip, http));
		item.put("service_name", this.categories.find(tip.categoryCode()).map((c) -> c.name(locale)).orElse(null));
		item.put("service_code", tip.categoryCode());
		item.put("description", tip.description());
		item.put("agency_responsible", this.territory.findUnit(tip.unitId()).map(AdminUnitSummary::name).orElse(null));
		item.put("service_notice", null);
		item.put("requested_datetime", w3c(tip.requestedAt()));
		item.put("updated_datetime", w3c((tip.closedAt() != null) ? tip.closedAt() : tip.updatedAt()));
		item.put("expected_datetime", null);
		item.put("address", tip.address());
		item.put("address_id", null);
		item.put("zipcode", null);
		item.put("lat", tip.latitude());
		item.put("long", tip.longitude());
		item.put("media_url", null);
		return item;
	}

	private String statusNotes(PublicRequest tip, HttpServletRequest http) {
		String notes = message("tip.status." + tip.status(), http);
		if (tip.duplicateOfId() != null) {
			notes += " — " + message("tip.open311.duplicate-of", http, String.valueOf(tip.duplicateOfId()));
		}
		return notes;
	}

	private TipCategory submittable(String code) {
		try {
			TipCategory category = this.categories.require(code);
			if (!category.open311()) {
				throw new Open311Exception(404, "service_code " + code + " not found");
			}
			return category;
		}
		catch (NotFoundException ex) {
			throw new Open311Exception(404, "service_code " + code + " not found");
		}
	}

	private void jurisdiction(HttpServletRequest request) {
		String given = param(request, "jurisdiction_id");
		if (given != null && !given.equals(this.jurisdiction)) {
			throw new Open311Exception(404, "jurisdiction_id " + given + " not found");
		}
	}

	private List<AdminUnitSummary> wards() {
		LocalDate on = this.demo ? DemoData.AS_OF : LocalDate.now(this.clock);
		return this.territory.findUnitByCode(this.cityCode, on)
			.map((city) -> this.territory.findUnits(new UnitQuery(city.id(), AdminLevel.COMMUNE, on, null)))
			.orElse(List.of());
	}

	private static Map<String, Object> attribute(String code, String datatype, boolean required, int order,
			String description, List<Map<String, Object>> values) {
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("variable", true);
		attribute.put("code", code);
		attribute.put("datatype", datatype);
		attribute.put("required", required);
		attribute.put("datatype_description", null);
		attribute.put("order", order);
		attribute.put("description", description);
		attribute.put("values", values);
		return attribute;
	}

	private static Map<String, Object> value(String key, String name) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("key", key);
		value.put("name", name);
		return value;
	}

	private BigDecimal[] box(HttpServletRequest request) {
		BigDecimal north = decimal(request, "lat_ne");
		BigDecimal east = decimal(request, "long_ne");
		BigDecimal south = decimal(request, "lat_sw");
		BigDecimal west = decimal(request, "long_sw");
		int given = (north != null ? 1 : 0) + (east != null ? 1 : 0) + (south != null ? 1 : 0) + (west != null ? 1 : 0);
		if (given != 0 && given != 4) {
			throw new Open311Exception(400, "a bounding box needs lat_ne, long_ne, lat_sw and long_sw");
		}
		return new BigDecimal[] { south, west, north, east };
	}

	private static String param(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static List<String> list(HttpServletRequest request, String name) {
		String value = param(request, name);
		return (value == null) ? List.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static BigDecimal decimal(HttpServletRequest request, String name) {
		String value = param(request, name);
		try {
			return (value != null) ? new BigDecimal(value) : null;
		}
		catch (NumberFormatException ex) {
			throw new Open311Exception(400, name + " is not a number");
		}
	}

	private static int number(HttpServletRequest request, String name, int fallback, int min, int max) {
		String value = param(request, name);
		try {
			int number = (value != null) ? Integer.parseInt(value) : fallback;
			if (number < min || number > max) {
				throw new Open311Exception(400, name + " must be between " + min + " and " + max);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new Open311Exception(400, name + " is not a number");
		}
	}

	private static Instant instant(HttpServletRequest request, String name) {
		String value = param(request, name);
		try {
			return (value != null) ? OffsetDateTime.parse(value).toInstant() : null;
		}
		catch (DateTimeParseException ex) {
			throw new Open311Exception(400, name + " must be a W3C date-time with a time zone");
		}
	}

	private static long id(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new Open311Exception(400, "service_request_id must be a list of numbers");
		}
	}

	private static long notFoundUnlessNumber(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new Open311Exception(404, "service request " + value + " not found");
		}
	}

	private static String joined(String a, String b) {
		if (a == null && b == null) {
			return null;
		}
		return ((a != null) ? a : "") + ((a != null && b != null) ? " " : "") + ((b != null) ? b : "");
	}

	private static String open311Name(String field) {
		return switch (field) {
			case "categoryCode" -> "service_code";
			case "latitude" -> "lat";
			case "longitude" -> "long";
			case "address" -> "address_string";
			case "reporterName" -> "first_name";
			case "reporterContact" -> "email";
			default -> field;
		};
	}

	private static String w3c(Instant instant) {
		return (instant != null) ? W3C.format(instant.atZone(VietnamTime.ZONE)) : null;
	}

	private String message(String key, HttpServletRequest request, Object... args) {
		return this.messages.getMessage(key, args, key, locale(request));
	}

	private static Locale locale(HttpServletRequest request) {
		return org.springframework.context.i18n.LocaleContextHolder.getLocale();
	}

	private static Open311Format format(String extension) {
		return Open311Format.ofExtension(extension);
	}

	private static ResponseEntity<String> ok(Open311Format format, String body) {
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, format.contentType()).body(body);
	}

}
