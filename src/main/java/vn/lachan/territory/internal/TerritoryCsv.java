package vn.lachan.territory.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.internal.TerritoryCsvRows.Row;
import vn.lachan.territory.internal.TerritoryManagement.GroupDetails;
import vn.lachan.territory.internal.TerritoryManagement.PlaceDetails;

/**
 * CSV export and import of the residential groups and of the places of one ward.
 * <p>
 * An import validates every row first and reports every problem (row, column, problem); a
 * file with any bad row imports nothing. A row whose name is already used in the ward
 * updates that group or place (names are unique within a ward); other rows register new
 * ones. Groups and places missing from the file are left as they are: an import never
 * removes anything. Places refer to their residential group by name; QR tokens are
 * neither exported nor imported.
 */
@Service
@Transactional
public class TerritoryCsv {

	/** The columns of a residential groups file, in order. */
	public static final List<String> GROUP_COLUMNS = List.of("name", "kind", "households", "residents");

	/** The columns of a places file, in order. */
	public static final List<String> PLACE_COLUMNS = List.of("name", "kind", "group", "address", "latitude",
			"longitude");

	/** Files longer than this are refused as a whole. */
	static final int MAX_ROWS = 5000;

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final TerritoryManagement management;

	private final AdminUnitQueries units;

	private final ResidentialGroupRepository groups;

	private final PlaceRepository places;

	TerritoryCsv(TerritoryManagement management, AdminUnitQueries units, ResidentialGroupRepository groups,
			PlaceRepository places) {
		this.management = management;
		this.units = units;
		this.groups = groups;
		this.places = places;
	}

	/**
	 * One problem of an imported file.
	 *
	 * @param row the line in the file (the header is line 1), 0 for the file as a whole
	 * @param column the column at fault, empty for the whole row or file
	 * @param code names the message {@code territory.csv.problem.<code>}
	 * @param arguments the message's arguments
	 */
	public record RowProblem(long row, String column, String code, List<String> arguments) {
	}

	/**
	 * What an import did: how many records it registered and updated, or, when any row is
	 * bad, every problem and nothing imported.
	 */
	public record ImportReport(int created, int updated, List<RowProblem> problems) {

		public boolean imported() {
			return this.problems.isEmpty();
		}

	}

	@Transactional(readOnly = true)
	public String exportGroups(CurrentUser user, long unitId) {
		visibleUnit(user, unitId);
		return write(GROUP_COLUMNS,
				this.groups.findByUnit(unitId)
					.stream()
					.map(ResidentialGroup::summary)
					.map((group) -> List.of(group.name(), group.kind().name(), group.households(), group.residents()))
					.toList());
	}

	@Transactional(readOnly = true)
	public String exportPlaces(CurrentUser user, long unitId) {
		visibleUnit(user, unitId);
		Map<Long, String> groupNames = new HashMap<>();
		this.groups.findByUnit(unitId).forEach((group) -> groupNames.put(group.id(), group.name()));
		List<List<Object>> rows = this.places.findByUnit(unitId)
			.stream()
			.map(Place::summary)
			.map((place) -> row(place, groupNames))
			.toList();
		return write(PLACE_COLUMNS, rows);
	}

	/** Imports residential groups of a ward; nothing when any row is bad. */
	public ImportReport importGroups(CurrentUser user, long unitId, Reader csv) {
		AdminUnitSummary ward = this.management.editableWard(user, unitId);
		List<RowProblem> problems = new ArrayList<>();
		List<CSVRecord> records = read(csv, GROUP_COLUMNS, problems);
		List<Row<GroupDetails>> rows = new ArrayList<>();
		for (CSVRecord record : records) {
			TerritoryCsvRows.group(record, problems).ifPresent(rows::add);
		}
		TerritoryCsvRows.checkUniqueNames(rows, problems, (details) -> details.name());
		if (!problems.isEmpty()) {
			return new ImportReport(0, 0, problems);
		}
		int created = 0;
		for (Row<GroupDetails> row : rows) {
			var existing = this.groups.findByUnitIdAndName(ward.id(), row.details().name());
			if (existing.isPresent()) {
				this.management.changeGroup(user, existing.get().id(), row.details());
			}
			else {
				this.management.registerGroup(user, ward.id(), row.details());
				created++;
			}
		}
		return new ImportReport(created, rows.size() - created, List.of());
	}

	/** Imports places of a ward; nothing when any row is bad. */
	public ImportReport importPlaces(CurrentUser user, long unitId, Reader csv) {
		AdminUnitSummary ward = this.management.editableWard(user, unitId);
		List<RowProblem> problems = new ArrayList<>();
		List<CSVRecord> records = read(csv, PLACE_COLUMNS, problems);
		Map<String, Long> groupIds = new HashMap<>();
		this.groups.findByUnit(ward.id()).forEach((group) -> groupIds.put(group.name(), group.id()));
		List<Row<PlaceDetails>> rows = new ArrayList<>();
		for (CSVRecord record : records) {
			TerritoryCsvRows.place(record, groupIds, problems).ifPresent(rows::add);
		}
		TerritoryCsvRows.checkUniqueNames(rows, problems, (details) -> details.name());
		if (!problems.isEmpty()) {
			return new ImportReport(0, 0, problems);
		}
		int created = 0;
		for (Row<PlaceDetails> row : rows) {
			var existing = this.places.findByUnitIdAndName(ward.id(), row.details().name());
			if (existing.isPresent()) {
				this.management.changePlace(user, existing.get().id(), row.details());
			}
			else {
				this.management.registerPlace(user, ward.id(), row.details());
				created++;
			}
		}
		return new ImportReport(created, rows.size() - created, List.of());
	}

	private void visibleUnit(CurrentUser user, long unitId) {
		user.requireUnit(unitId, "admin-unit", unitId);
		this.units.findById(unitId).orElseThrow(() -> NotFoundException.of("admin-unit", unitId));
	}

	private static List<Object> row(PlaceSummary place, Map<Long, String> groupNames) {
		List<Object> row = new ArrayList<>();
		row.add(place.name());
		row.add(place.kind().name());
		row.add((place.groupId() != null) ? groupNames.getOrDefault(place.groupId(), "") : "");
		row.add((place.address() != null) ? place.address() : "");
		row.add((place.latitude() != null) ? place.latitude().toPlainString() : "");
		row.add((place.longitude() != null) ? place.longitude().toPlainString() : "");
		return row;
	}

	private static String write(List<String> columns, List<? extends List<?>> rows) {
		StringWriter out = new StringWriter();
		out.write(BYTE_ORDER_MARK); // so that spreadsheet programs read UTF-8
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (List<?> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * The records of a file whose header names every column; problems with the file as a
	 * whole (unreadable, a column missing, empty, too long) are added to the list.
	 */
	private static List<CSVRecord> read(Reader csv, List<String> columns, List<RowProblem> problems) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setIgnoreHeaderCase(true)
			.get();
		List<CSVRecord> records = new ArrayList<>();
		try (CSVParser parser = format.parse(new ByteOrderMarkSkipping(csv))) {
			List<String> header = parser.getHeaderNames();
			for (String column : columns) {
				if (header.stream().noneMatch(column::equalsIgnoreCase)) {
					problems.add(new RowProblem(1, column, "missing-column", List.of(column)));
				}
			}
			if (!problems.isEmpty()) {
				return List.of();
			}
			for (CSVRecord record : parser) {
				if (records.size() == MAX_ROWS) {
					problems.add(new RowProblem(0, "", "too-many-rows", List.of(String.valueOf(MAX_ROWS))));
					return List.of();
				}
				records.add(record);
			}
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new RowProblem(0, "", "unreadable", List.of()));
			return List.of();
		}
		if (records.isEmpty()) {
			problems.add(new RowProblem(0, "", "empty", List.of()));
		}
		return records;
	}

	/** Drops a leading byte order mark, as spreadsheet programs write one. */
	private static final class ByteOrderMarkSkipping extends Reader {

		private final Reader reader;

		private boolean started;

		ByteOrderMarkSkipping(Reader reader) {
			this.reader = reader;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int count = this.reader.read(buffer, offset, length);
			if (!this.started && count > 0) {
				this.started = true;
				if (buffer[offset] == BYTE_ORDER_MARK) {
					System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
					return (count - 1 > 0) ? count - 1 : read(buffer, offset, length);
				}
			}
			return count;
		}

		@Override
		public void close() throws IOException {
			this.reader.close();
		}

	}

}
