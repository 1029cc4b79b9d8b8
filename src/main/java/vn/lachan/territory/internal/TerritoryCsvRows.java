package vn.lachan.territory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.lachan.shared.imports.ImportRow;
import vn.lachan.shared.imports.RowProblem;
import vn.lachan.territory.PlaceKind;
import vn.lachan.territory.ResidentialGroupKind;
import vn.lachan.territory.internal.TerritoryManagement.GroupDetails;
import vn.lachan.territory.internal.TerritoryManagement.PlaceDetails;

/**
 * Reads one row of an imported file into the details of a group or place, or says what is
 * wrong with each of its cells. The limits are those of the forms and the API.
 */
final class TerritoryCsvRows {

	/** The prefix of this import's problem messages. */
	static final String PROBLEM = "territory.csv.problem.";

	static final int NAME_MAX = 200;

	static final int ADDRESS_MAX = 300;

	static final int HOUSEHOLDS_MAX = 100_000;

	static final int RESIDENTS_MAX = 1_000_000;

	private TerritoryCsvRows() {
	}

	/** A valid row and its line in the file. */
	record Row<T>(long line, T details) {
	}

	static Optional<Row<GroupDetails>> group(ImportRow record, List<RowProblem> problems) {
		Cells cells = new Cells(record, problems);
		String name = cells.text("name", NAME_MAX, true);
		ResidentialGroupKind kind = cells.choice("kind", ResidentialGroupKind.class);
		Integer households = cells.count("households", HOUSEHOLDS_MAX);
		Integer residents = cells.count("residents", RESIDENTS_MAX);
		if (cells.bad) {
			return Optional.empty();
		}
		return Optional.of(new Row<>(cells.line, new GroupDetails(name, kind, households, residents)));
	}

	static Optional<Row<PlaceDetails>> place(ImportRow record, Map<String, Long> groupIds, List<RowProblem> problems) {
		Cells cells = new Cells(record, problems);
		String name = cells.text("name", NAME_MAX, true);
		PlaceKind kind = cells.choice("kind", PlaceKind.class);
		String group = cells.text("group", NAME_MAX, false);
		Long groupId = null;
		if (group != null) {
			groupId = groupIds.get(group);
			if (groupId == null) {
				cells.problem("group", "unknown-group", group);
			}
		}
		String address = cells.text("address", ADDRESS_MAX, false);
		BigDecimal latitude = cells.coordinate("latitude", 90);
		BigDecimal longitude = cells.coordinate("longitude", 180);
		if ((latitude == null) != (longitude == null) && !cells.bad) {
			cells.problem((latitude == null) ? "latitude" : "longitude", "coordinates-pair");
		}
		if (cells.bad) {
			return Optional.empty();
		}
		return Optional.of(new Row<>(cells.line, new PlaceDetails(name, kind, groupId, address, latitude, longitude)));
	}

	/** Reports every row whose name an earlier row of the file already used. */
	static <T> void checkUniqueNames(List<Row<T>> rows, List<RowProblem> problems, Function<T, String> name) {
		Map<String, Long> firstLine = new HashMap<>();
		for (Row<T> row : rows) {
			Long first = firstLine.putIfAbsent(name.apply(row.details()), row.line());
			if (first != null) {
				problems.add(new RowProblem(row.line(), "name", PROBLEM + "duplicate-in-file",
						List.of(name.apply(row.details()), String.valueOf(first))));
			}
		}
		problems.sort((a, b) -> Long.compare(a.row(), b.row()));
	}

	/** The cells of one record, read with their problems noted. */
	private static final class Cells {

		private final ImportRow record;

		private final List<RowProblem> problems;

		private final long line;

		private boolean bad;

		Cells(ImportRow record, List<RowProblem> problems) {
			this.record = record;
			this.problems = problems;
			this.line = record.number();
		}

		String raw(String column) {
			String value = this.record.get(column);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		String text(String column, int max, boolean required) {
			String value = raw(column);
			if (value == null) {
				if (required) {
					problem(column, "required");
				}
				return null;
			}
			if (value.length() > max) {
				problem(column, "too-long", String.valueOf(max));
			}
			return value;
		}

		<E extends Enum<E>> E choice(String column, Class<E> type) {
			String value = raw(column);
			if (value == null) {
				problem(column, "required");
				return null;
			}
			try {
				return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
			}
			catch (IllegalArgumentException ex) {
				String allowed = Arrays.stream(type.getEnumConstants())
					.map(Enum::name)
					.collect(Collectors.joining(", "));
				problem(column, "unknown-kind", value, allowed);
				return null;
			}
		}

		Integer count(String column, int max) {
			String value = raw(column);
			if (value == null) {
				problem(column, "required");
				return null;
			}
			try {
				int number = Integer.parseInt(value);
				if (number < 0 || number > max) {
					problem(column, "out-of-range", value, "0", String.valueOf(max));
					return null;
				}
				return number;
			}
			catch (NumberFormatException ex) {
				problem(column, "not-a-whole-number", value);
				return null;
			}
		}

		BigDecimal coordinate(String column, int bound) {
			String value = raw(column);
			if (value == null) {
				return null;
			}
			try {
				BigDecimal number = new BigDecimal(value);
				if (number.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
					problem(column, "out-of-range", value, String.valueOf(-bound), String.valueOf(bound));
					return null;
				}
				return number.setScale(Math.min(Math.max(number.scale(), 0), 6), RoundingMode.HALF_UP);
			}
			catch (NumberFormatException ex) {
				problem(column, "not-a-number", value);
				return null;
			}
		}

		void problem(String column, String code, String... arguments) {
			this.bad = true;
			this.problems.add(new RowProblem(this.line, column, PROBLEM + code, List.of(arguments)));
		}

	}

}
