package vn.lachan.reports.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports module's copies of other modules' records: a copy is inserted when new and
 * updated otherwise. Inserting first ({@code ON CONFLICT DO NOTHING}) keeps two listeners
 * that race for the same new record from both inserting it.
 */
final class FeedRows {

	private FeedRows() {
	}

	/**
	 * Inserts the row, or updates it when it is already there.
	 * @param insert an {@code INSERT … ON CONFLICT DO NOTHING} with named parameters
	 * @param update the {@code UPDATE} of the same row, with the same parameters
	 */
	static void upsert(JdbcClient jdbc, String insert, String update, Map<String, ?> params) {
		if (jdbc.sql(insert).params(params).update() == 0) {
			jdbc.sql(update).params(params).update();
		}
	}

}
