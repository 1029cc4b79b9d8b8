package vn.lachan.access.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.UnitQuery;

/**
 * What the access pages share: localised flash messages, times shown in Vietnam's zone,
 * and the units to pick from. Templates reach it as {@code ${pages}}.
 */
@Component
class PageSupport {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(VietnamTime.ZONE);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final TerritoryCatalog territory;

	PageSupport(MessageSource messages, TerritoryCatalog territory) {
		this.messages = messages;
		this.territory = territory;
	}

	/** A message in the request's language, for flash attributes. */
	String message(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/** A time as people in Vietnam read it; empty for none. */
	public String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "";
	}

	/** The units an account may be bound to: every unit, current ones first. */
	List<AdminUnitSummary> units() {
		return this.territory.findUnits(new UnitQuery(null, null, null, null))
			.stream()
			.sorted(Comparator.comparing((AdminUnitSummary unit) -> unit.validTo() != null)
				.thenComparing(AdminUnitSummary::level)
				.thenComparing(AdminUnitSummary::name))
			.toList();
	}

	/**
	 * The units as the account form offers them, by id: name and code, and the end date
	 * of a former unit.
	 */
	public Map<Long, String> unitChoices(List<AdminUnitSummary> units) {
		Map<Long, String> choices = new LinkedHashMap<>();
		for (AdminUnitSummary unit : units) {
			choices.put(unit.id(), (unit.validTo() == null) ? unit.name() + " (" + unit.code() + ")"
					: message("access.account.unit-former", unit.name(), unit.code(), DAY.format(unit.validTo())));
		}
		return choices;
	}

	/** A unit's name with its code, for lists. */
	public String unitName(Long unitId) {
		if (unitId == null) {
			return "";
		}
		return this.territory.findUnit(unitId)
			.map((unit) -> unit.name() + " (" + unit.code() + ")")
			.orElse("#" + unitId);
	}

}
