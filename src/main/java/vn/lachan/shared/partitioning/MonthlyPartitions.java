package vn.lachan.shared.partitioning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Month partitions of the {@link MonthlyPartitionedTable}s on PostgreSQL, in plain DDL:
 * listing them, creating the missing months, moving rows out of the default partition
 * into their months, and dropping a whole month for retention. On H2, where the tables
 * are plain, nothing is partitioned and every method does nothing. Each public method
 * runs in the caller's transaction or in one of its own.
 */
@Service
public class MonthlyPartitions {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private volatile Boolean postgres;

	public MonthlyPartitions(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Whether the table is partitioned in this database (PostgreSQL only). */
	public boolean partitioned(MonthlyPartitionedTable table) {
		if (!postgres()) {
			return false;
		}
		Long count = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
				WHERE c.relname = ? AND c.relnamespace = current_schema()::regnamespace""", Long.class, table.table());
		return count != null && count > 0;
	}

	/** The table's month partitions, oldest first (none where it is not partitioned). */
	public List<MonthPartition> partitions(MonthlyPartitionedTable table) {
		if (!partitioned(table)) {
			return List.of();
		}
		return this.jdbc
			.queryForList(
					"""
							SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
							WHERE p.relname = ? AND p.relnamespace = current_schema()::regnamespace""",
					String.class, table.table())
			.stream()
			.map((name) -> MonthPartition.monthOf(table, name))
			.filter(Objects::nonNull)
			.map((month) -> MonthPartition.of(table, month))
			.sorted(Comparator.comparing(MonthPartition::month))
			.toList();
	}

	/**
	 * How many rows the default partition holds (0 where the table is not partitioned).
	 */
	public long inDefault(MonthlyPartitionedTable table) {
		if (!partitioned(table)) {
			return 0;
		}
		Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table.defaultPartition(), Long.class);
		return (rows != null) ? rows : 0;
	}

	/**
	 * Creates the partitions missing from {@code first} to {@code last}; rows of those
	 * months already in the default partition are moved into them first (PostgreSQL
	 * refuses a partition whose rows sit in the default one).
	 * @return how many partitions were created
	 */
	public int ensureMonths(MonthlyPartitionedTable table, YearMonth first, YearMonth last) {
		if (!partitioned(table)) {
			return 0;
		}
		Integer created = this.transactions.execute((status) -> {
			Set<YearMonth> existing = months(table);
			List<YearMonth> missing = new ArrayList<>();
			for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
				if (!existing.contains(month)) {
					missing.add(month);
				}
			}
			int made = 0;
			if (!missing.isEmpty() && inDefault(table) > 0) {
				made += drain(table);
			}
			existing = months(table);
			for (YearMonth month : missing) {
				if (!existing.contains(month)) {
					create(table, month);
					made++;
				}
			}
			return made;
		});
		return (created != null) ? created : 0;
	}

	/**
	 * Moves every row of the default partition into its month's partition, creating the
	 * months needed, in one transaction: the default partition is detached, a new empty
	 * one attached, the rows inserted again through the partitioned table and the old
	 * default dropped (no row is deleted, so append-only triggers stay quiet).
	 * @return how many partitions were created
	 */
	public int drainDefault(MonthlyPartitionedTable table) {
		if (!partitioned(table)) {
			return 0;
		}
		Integer created = this.transactions.execute((status) -> drain(table));
		return (created != null) ? created : 0;
	}

	private int drain(MonthlyPartitionedTable table) {
		List<String> months = this.jdbc.queryForList("SELECT DISTINCT to_char(" + table.column()
				+ " AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') FROM " + table.defaultPartition(), String.class);
		if (months.isEmpty()) {
			return 0;
		}
		String drained = table.table() + "_drained";
		this.jdbc.execute("ALTER TABLE " + table.table() + " DETACH PARTITION " + table.defaultPartition());
		this.jdbc.execute("ALTER TABLE " + table.defaultPartition() + " RENAME TO " + drained);
		this.jdbc.execute("CREATE TABLE " + table.defaultPartition() + " PARTITION OF " + table.table() + " DEFAULT");
		Set<YearMonth> existing = months(table);
		int created = 0;
		for (String text : months) {
			YearMonth month = YearMonth.parse(text);
			if (!existing.contains(month)) {
				create(table, month);
				created++;
			}
		}
		this.jdbc.update("INSERT INTO " + table.table() + " SELECT * FROM " + drained);
		this.jdbc.execute("DROP TABLE " + drained);
		return created;
	}

	/**
	 * The month partitions whose every instant lies before {@code cutoff}: the ones a
	 * retention period ending at {@code cutoff} may drop whole.
	 */
	public List<MonthPartition> endedBefore(MonthlyPartitionedTable table, Instant cutoff) {
		return partitions(table).stream().filter((p) -> !p.to().isAfter(cutoff)).toList();
	}

	/**
	 * Keeps other transactions from writing into a partition until this one ends (reads
	 * go on), so that what a check found in it still holds when it is dropped.
	 */
	public void lock(MonthPartition partition) {
		this.jdbc.execute("LOCK TABLE " + partition.name() + " IN SHARE MODE");
	}

	/** Whether any row of the partition satisfies the SQL condition (on its columns). */
	public boolean any(MonthPartition partition, String condition, Object... params) {
		List<Integer> found = this.jdbc.queryForList(
				"SELECT 1 FROM " + partition.name() + " WHERE " + condition + " FETCH FIRST 1 ROWS ONLY", Integer.class,
				params);
		return !found.isEmpty();
	}

	/**
	 * Drops a month partition with its rows, in the caller's transaction.
	 * @return how many rows it held
	 */
	public long drop(MonthPartition partition) {
		Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM " + partition.name(), Long.class);
		this.jdbc.execute("DROP TABLE " + partition.name());
		return (rows != null) ? rows : 0;
	}

	private Set<YearMonth> months(MonthlyPartitionedTable table) {
		return partitions(table).stream().map(MonthPartition::month).collect(Collectors.toCollection(TreeSet::new));
	}

	private void create(MonthlyPartitionedTable table, YearMonth month) {
		MonthPartition partition = MonthPartition.of(table, month);
		this.jdbc.execute("CREATE TABLE IF NOT EXISTS " + partition.name() + " PARTITION OF " + table.table()
				+ " FOR VALUES FROM ('" + literal(partition.from()) + "') TO ('" + literal(partition.to()) + "')");
	}

	private static String literal(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
	}

	private boolean postgres() {
		if (this.postgres == null) {
			this.postgres = this.jdbc.execute((ConnectionCallback<Boolean>) (
					c) -> c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
		}
		return this.postgres;
	}

}
