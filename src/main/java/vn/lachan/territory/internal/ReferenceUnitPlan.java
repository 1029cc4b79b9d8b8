package vn.lachan.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitKind;
import vn.lachan.territory.SuccessionKind;

/**
 * Turns dated snapshots of GSO codes into units with validity periods and succession
 * links. A unit is one (code, name) pair: it is valid from the first snapshot it appears
 * in (an unknown start for the earliest snapshot) until the first later snapshot it is
 * missing from.
 */
final class ReferenceUnitPlan {

	private static final Pattern FORMED_FROM = Pattern.compile("^(.+?)\\s*\\((\\d+)\\s*\\)$");

	private final Map<Key, PlannedUnit> units = new LinkedHashMap<>();

	private final List<PlannedSuccession> successions = new ArrayList<>();

	private ReferenceUnitPlan() {
	}

	static ReferenceUnitPlan read(InputStream snapshots, InputStream acts, InputStream successionLinks)
			throws IOException {
		ReferenceUnitPlan plan = new ReferenceUnitPlan();
		List<CSVRecord> rows = records(snapshots);
		TreeSet<LocalDate> dates = new TreeSet<>();
		rows.forEach((row) -> dates.add(LocalDate.parse(row.get("as_of"))));
		Map<LocalDate, String> actByDate = new LinkedHashMap<>();
		records(acts).forEach((row) -> actByDate.put(LocalDate.parse(row.get("as_of")), row.get("legal_act")));
		Map<LocalDate, Map<String, Key>> keysByDateAndCode = new LinkedHashMap<>();
		for (CSVRecord row : rows) {
			LocalDate asOf = LocalDate.parse(row.get("as_of"));
			Key key = new Key(row.get("code"), row.get("name"));
			keysByDateAndCode.computeIfAbsent(asOf, (date) -> new LinkedHashMap<>()).put(key.code(), key);
			PlannedUnit unit = plan.units.get(key);
			if (unit == null) {
				unit = new PlannedUnit(key, AdminUnitKind.fromGso(row.get("kind")),
						AdminLevel.valueOf(row.get("level")));
				unit.validFrom = asOf.equals(dates.first()) ? null : asOf;
				unit.legalAct = (unit.validFrom != null) ? actByDate.get(asOf) : null;
				plan.units.put(key, unit);
			}
			unit.seen.add(asOf);
			if (unit.parent == null && !row.get("parent_code").isBlank()) {
				unit.parentCode = row.get("parent_code");
				unit.parentAsOf = asOf;
			}
		}
		for (PlannedUnit unit : plan.units.values()) {
			LocalDate last = unit.seen.last();
			unit.validTo = dates.higher(last);
			if (unit.parentCode != null) {
				unit.parent = Objects.requireNonNull(keysByDateAndCode.get(unit.parentAsOf).get(unit.parentCode),
						() -> "No parent " + unit.parentCode + " on " + unit.parentAsOf);
			}
		}
		for (CSVRecord row : records(successionLinks)) {
			LocalDate effective = LocalDate.parse(row.get("effective"));
			Key successor = new Key(row.get("new_code"), row.get("new_name"));
			if (!plan.units.containsKey(successor)) {
				throw new IllegalStateException("Unknown successor " + successor);
			}
			for (String part : row.get("formed_from").split(";")) {
				Matcher matcher = FORMED_FROM.matcher(part.strip());
				if (!matcher.matches()) {
					continue; // a unit outside the reference data, named without a code
				}
				Key predecessor = new Key(matcher.group(2), matcher.group(1).strip());
				PlannedUnit known = plan.units.get(predecessor);
				if (known != null && effective.equals(known.validTo)) {
					plan.successions.add(new PlannedSuccession(predecessor, successor,
							SuccessionKind.valueOf(row.get("kind")), effective, row.get("legal_act")));
				}
			}
		}
		return plan;
	}

	List<PlannedUnit> units() {
		return List.copyOf(this.units.values());
	}

	List<PlannedSuccession> successions() {
		return List.copyOf(this.successions);
	}

	private static List<CSVRecord> records(InputStream input) throws IOException {
		Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
	}

	record Key(String code, String name) {
	}

	static final class PlannedUnit {

		final Key key;

		final AdminUnitKind kind;

		final AdminLevel level;

		final TreeSet<LocalDate> seen = new TreeSet<>();

		LocalDate validFrom;

		LocalDate validTo;

		String legalAct;

		Key parent;

		private String parentCode;

		private LocalDate parentAsOf;

		PlannedUnit(Key key, AdminUnitKind kind, AdminLevel level) {
			this.key = key;
			this.kind = kind;
			this.level = level;
		}

	}

	record PlannedSuccession(Key predecessor, Key successor, SuccessionKind kind, LocalDate effectiveOn,
			String legalAct) {
	}

}
