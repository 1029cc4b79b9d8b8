package vn.lachan.territory.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.imports.ImportColumn;
import vn.lachan.shared.imports.ImportFileType;
import vn.lachan.shared.imports.ImportReader;
import vn.lachan.shared.imports.ImportRow;
import vn.lachan.shared.imports.ImportTable;
import vn.lachan.shared.imports.ImportTemplate;
import vn.lachan.shared.imports.RowProblem;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.internal.TerritoryCsvRows.Row;
import vn.lachan.territory.internal.TerritoryManagement.GroupDetails;
import vn.lachan.territory.internal.TerritoryManagement.PlaceDetails;

/**
 * CSV export and import (CSV or XLSX, read by {@link ImportReader}) of the residential
 * groups and of the places of one ward.
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
	public static final List<ImportColumn> GROUP_COLUMNS = List.of(ImportColumn.required("name", "Tên"),
			ImportColumn.required("kind", "Loại"), ImportColumn.required("households", "Số hộ"),
			ImportColumn.required("residents", "Số nhân khẩu"));

	/** The columns of a places file, in order. */
	public static final List<ImportColumn> PLACE_COLUMNS = List.of(ImportColumn.required("name", "Tên"),
			ImportColumn.required("kind", "Loại"), ImportColumn.required("group", "Tổ dân phố"),
			ImportColumn.required("address", "Địa chỉ"), ImportColumn.required("latitude", "Vĩ độ"),
			ImportColumn.required("longitude", "Kinh độ"));

	/** Files longer than this are refused as a whole. */
	static final int MAX_ROWS = 5000;

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
	public ImportReport importGroups(CurrentUser user, long unitId, byte[] file) {
		AdminUnitSummary ward = this.management.editableWard(user, unitId);
		List<RowProblem> problems = new ArrayList<>();
		List<ImportRow> records = read(file, GROUP_COLUMNS, problems);
		List<Row<GroupDetails>> rows = new ArrayList<>();
		for (ImportRow record : records) {
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
	public ImportReport importPlaces(CurrentUser user, long unitId, byte[] file) {
		AdminUnitSummary ward = this.management.editableWard(user, unitId);
		List<RowProblem> problems = new ArrayList<>();
		List<ImportRow> records = read(file, PLACE_COLUMNS, problems);
		Map<String, Long> groupIds = new HashMap<>();
		this.groups.findByUnit(ward.id()).forEach((group) -> groupIds.put(group.name(), group.id()));
		List<Row<PlaceDetails>> rows = new ArrayList<>();
		for (ImportRow record : records) {
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

	private static String write(List<ImportColumn> columns, List<? extends List<?>> rows) {
		List<List<String>> cells = rows.stream().map((row) -> row.stream().map(String::valueOf).toList()).toList();
		return new String(ImportTemplate.write(ImportFileType.CSV, "", columns, cells), StandardCharsets.UTF_8);
	}

	private static List<ImportRow> read(byte[] file, List<ImportColumn> columns, List<RowProblem> problems) {
		ImportTable table = new ImportReader(columns, MAX_ROWS).read((file != null) ? file : new byte[0]);
		problems.addAll(table.problems());
		return table.rows();
	}

}
