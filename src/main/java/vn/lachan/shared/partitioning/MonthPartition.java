package vn.lachan.shared.partitioning;

import java.time.Instant;
import java.time.YearMonth;

import vn.lachan.shared.time.VietnamTime;

/**
 * One month's partition of a {@link MonthlyPartitionedTable}: the rows whose partition
 * column lies in {@code [from, to)}, the month's bounds in Vietnam's time.
 *
 * @param name the partition's table name
 * @param month the month
 */
public record MonthPartition(String name, YearMonth month) {

	/** The partition of {@code table} for {@code month}. */
	public static MonthPartition of(MonthlyPartitionedTable table, YearMonth month) {
		return new MonthPartition("%s_p%04d_%02d".formatted(table.table(), month.getYear(), month.getMonthValue()),
				month);
	}

	/** The month of {@code name} if it names a month partition of {@code table}. */
	static YearMonth monthOf(MonthlyPartitionedTable table, String name) {
		String prefix = table.table() + "_p";
		if (!name.startsWith(prefix) || !name.substring(prefix.length()).matches("\\d{4}_\\d{2}")) {
			return null;
		}
		String[] parts = name.substring(prefix.length()).split("_");
		return YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

	/** The first instant of the month, in Vietnam. */
	public Instant from() {
		return this.month.atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant();
	}

	/** The first instant after the month, in Vietnam. */
	public Instant to() {
		return this.month.plusMonths(1).atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant();
	}

}
