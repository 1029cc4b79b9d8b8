package vn.lachan.shared.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.util.Assert;

/**
 * Inserts many rows into one table with {@code INSERT … VALUES (…), (…), …} statements
 * instead of a JDBC batch of one-row statements: PostgreSQL then plans, opens the table
 * and its indexes and answers once per statement rather than once per row, which on the
 * hot path of tip intake cost about a third of the database's time per row
 * (docs/PERFORMANCE-tips.md). The PostgreSQL driver's own rewriting
 * ({@code reWriteBatchedInserts}) does the same but gives neither generated keys nor row
 * counts.
 * <p>
 * Rows go in statements of 64, 32, 16, 8, 4, 2 or 1 rows, so that a table has at most
 * seven statement texts, each prepared once per connection. Values are bound with
 * {@link PreparedStatement#setObject(int, Object)}: pass {@code OffsetDateTime} for
 * times, and a {@link SqlParameterValue} for a value that may be null where the database
 * needs its type.
 */
public final class MultiRowInsert {

	/**
	 * Rows per statement at most; 64 rows of 42 columns stay far below the 32,767
	 * parameters PostgreSQL takes.
	 */
	public static final int MAX_ROWS = 64;

	private final String prefix;

	private final String row;

	private final String suffix;

	private final int columns;

	/**
	 * @param table the table
	 * @param columns the columns, in the order of each row's values
	 * @param suffix what follows the values, such as {@code ON CONFLICT DO NOTHING}, or
	 * an empty string
	 */
	public MultiRowInsert(String table, List<String> columns, String suffix) {
		Assert.notEmpty(columns, "columns must not be empty");
		this.prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
		this.row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
		this.suffix = suffix.isEmpty() ? "" : " " + suffix;
		this.columns = columns.size();
	}

	/**
	 * Inserts the rows in the caller's transaction.
	 * @return the number of rows inserted (fewer than given when the suffix skips some)
	 */
	public int insert(JdbcTemplate jdbc, List<Object[]> rows) {
		int inserted = 0;
		for (List<Object[]> chunk : chunks(rows)) {
			inserted += jdbc.execute((Connection connection) -> {
				try (PreparedStatement statement = connection.prepareStatement(sql(chunk.size()))) {
					bind(statement, chunk);
					return statement.executeUpdate();
				}
			});
		}
		return inserted;
	}

	/**
	 * Inserts the rows in the caller's transaction and returns the value of the key
	 * column the database generated for each, in the order of the rows.
	 */
	public List<Long> insertReturningKeys(JdbcTemplate jdbc, List<Object[]> rows, String keyColumn) {
		List<Long> keys = new ArrayList<>(rows.size());
		for (List<Object[]> chunk : chunks(rows)) {
			jdbc.execute((Connection connection) -> {
				try (PreparedStatement statement = connection.prepareStatement(sql(chunk.size()),
						new String[] { keyColumn })) {
					bind(statement, chunk);
					statement.executeUpdate();
					try (ResultSet generated = statement.getGeneratedKeys()) {
						while (generated.next()) {
							keys.add(generated.getLong(1));
						}
					}
					return null;
				}
			});
		}
		if (keys.size() != rows.size()) {
			throw new IllegalStateException("Expected " + rows.size() + " generated keys, got " + keys.size());
		}
		return keys;
	}

	String sql(int rows) {
		return this.prefix + String.join(", ", Collections.nCopies(rows, this.row)) + this.suffix;
	}

	/** Splits the rows into runs of 64, 32, …, 1, largest first. */
	static List<List<Object[]>> chunks(List<Object[]> rows) {
		List<List<Object[]>> chunks = new ArrayList<>();
		int from = 0;
		while (from < rows.size()) {
			int size = Integer.highestOneBit(Math.min(rows.size() - from, MAX_ROWS));
			chunks.add(rows.subList(from, from + size));
			from += size;
		}
		return chunks;
	}

	private void bind(PreparedStatement statement, List<Object[]> chunk) throws SQLException {
		int index = 1;
		for (Object[] values : chunk) {
			Assert.isTrue(values.length == this.columns,
					() -> "Expected " + this.columns + " values in a row, got " + values.length);
			for (Object value : values) {
				if (value instanceof SqlParameterValue typed) {
					StatementCreatorUtils.setParameterValue(statement, index++, typed, typed.getValue());
				}
				else {
					statement.setObject(index++, value);
				}
			}
		}
	}

}
