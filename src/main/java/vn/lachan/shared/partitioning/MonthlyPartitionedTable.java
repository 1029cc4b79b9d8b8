package vn.lachan.shared.partitioning;

import java.util.regex.Pattern;

/**
 * A table that PostgreSQL keeps range-partitioned by month of a timestamp column (H2
 * keeps it plain), declared as a bean by the module that owns it, so that
 * {@link PartitionMaintenance} creates its coming months. Partitions are named {@code
 *
<table>
 * _pYYYY_MM} (Vietnam's months, Asia/Ho_Chi_Minh) and {@code
 *
<table>
 * _default}.
 *
 * @param table the partitioned table
 * @param column its partition column
 */
public record MonthlyPartitionedTable(String table, String column) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	public MonthlyPartitionedTable {
		if (table == null || !NAME.matcher(table).matches() || column == null || !NAME.matcher(column).matches()) {
			throw new IllegalArgumentException("Not a plain SQL name: " + table + "." + column);
		}
	}

	/** The name of the default partition, which takes rows of any month not created. */
	public String defaultPartition() {
		return this.table + "_default";
	}

}
