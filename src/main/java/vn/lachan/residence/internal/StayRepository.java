package vn.lachan.residence.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.lachan.residence.AccommodationSummary;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.jdbc.MultiRowInsert;
import vn.lachan.shared.time.VietnamTime;

import vn.lachan.shared.crypto.RandomCodes;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Writes notifications and stays. Stays are prepared in batches of {@value #BATCH} rows
 * and go in {@link MultiRowInsert} statements; names and identifiers are encrypted and
 * indexed batch by batch; a guest already stored for the same accommodation and arrival
 * is skipped by the database.
 */
@Repository
class StayRepository {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StayRepository.class);

	static final int BATCH = 1000;

	/** From this many guests on, PostgreSQL receives them through COPY. */
	static final int COPY_THRESHOLD = 2000;

	private static final String COLUMNS = "notification_id, accommodation_id, unit_id, group_id, full_name, name_index, "
			+ "birth_date, sex, nationality, foreigner, document_kind, document_number, document_index, reason, room, "
			+ "arrived_at, expected_departure, deadline_at, notified_at, late_minutes";

	private static final int COLUMN_COUNT = COLUMNS.split(",").length;

	private static final MultiRowInsert INSERT = new MultiRowInsert("stay", Arrays.asList(COLUMNS.split(", ")),
			"ON CONFLICT DO NOTHING");

	private static final char[] RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final FieldEncryptor encryptor;

	private volatile Boolean postgres;

	StayRepository(JdbcClient jdbc, JdbcTemplate template, FieldEncryptor encryptor) {
		this.jdbc = jdbc;
		this.template = template;
		this.encryptor = encryptor;
	}

	/** Creates a notification with a fresh receipt number. */
	Receipt insertNotification(AccommodationSummary accommodation, Channel channel, Long accountId, Instant at) {
		String receipt = receiptNumber(at);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO stay_notification (receipt_number, accommodation_id, unit_id, group_id, channel, notified_by, notified_at)
					VALUES (:receipt, :accommodation, :unit, :group, :channel, :by, :at)""")
			.param("receipt", receipt)
			.param("accommodation", accommodation.id())
			.param("unit", accommodation.unitId())
			.param("group", accommodation.groupId())
			.param("channel", channel.name())
			.param("by", accountId)
			.param("at", utc(at))
			.update(keys, "id");
		return new Receipt(keys.getKey().longValue(), receipt, accommodation.id(), 0, 0);
	}

	static String receiptNumber(Instant at) {
		StringBuilder number = new StringBuilder("LT").append(RECEIPT_DAY.format(at.atZone(VietnamTime.ZONE)))
			.append('-');
		return number.append(RandomCodes.code(RECEIPT_ALPHABET, 6)).toString();
	}

	/**
	 * Inserts the guests of one notification and answers how many were new. The next
	 * batch's values (encryption, blind index, deadline) are prepared on another core
	 * while the database inserts the current one.
	 */
	int insertStays(long notificationId, AccommodationSummary accommodation, List<ParsedGuest> guests,
			StayDeadlineRules rules, Instant notifiedAt) {
		if (guests.size() >= COPY_THRESHOLD && postgres()) {
			return copyStays(notificationId, accommodation, guests, rules, notifiedAt);
		}
		int added = 0;
		CompletableFuture<List<Object[]>> next = prepare(notificationId, accommodation, guests, 0, rules, notifiedAt);
		for (int from = 0; from < guests.size(); from += BATCH) {
			List<Object[]> rows = next.join();
			next = (from + BATCH < guests.size())
					? prepare(notificationId, accommodation, guests, from + BATCH, rules, notifiedAt) : null;
			added += INSERT.insert(this.template, rows);
		}
		return added;
	}

	/**
	 * On PostgreSQL, large submissions are streamed with COPY into a staging table of the
	 * transaction, then moved in one set-based insert that skips guests already stored.
	 */
	private int copyStays(long notificationId, AccommodationSummary accommodation, List<ParsedGuest> guests,
			StayDeadlineRules rules, Instant notifiedAt) {
		DataSource dataSource = this.template.getDataSource();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			this.template.execute("CREATE TEMP TABLE IF NOT EXISTS stay_staging ON COMMIT DROP AS SELECT " + COLUMNS
					+ " FROM stay WITH NO DATA");
			this.template.execute("TRUNCATE stay_staging");
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			CompletableFuture<List<Object[]>> next = prepare(notificationId, accommodation, guests, 0, rules,
					notifiedAt);
			for (int from = 0; from < guests.size(); from += BATCH) {
				List<Object[]> rows = next.join();
				next = (from + BATCH < guests.size())
						? prepare(notificationId, accommodation, guests, from + BATCH, rules, notifiedAt) : null;
				copy.copyIn("COPY stay_staging (" + COLUMNS + ") FROM STDIN", new StringReader(copyText(rows)));
			}
			// a plain insert of the rows not stored yet avoids speculative insertion row
			// by row; a
			// guest stored concurrently meanwhile falls back to ON CONFLICT DO NOTHING
			long copied = System.nanoTime();
			Savepoint savepoint = connection.setSavepoint();
			try {
				int added = this.template.update("INSERT INTO stay (" + COLUMNS + ") SELECT DISTINCT ON "
						+ "(s.accommodation_id, s.document_index, s.arrived_at) " + COLUMNS.replaceAll("(\\w+)", "s.$1")
						+ " FROM stay_staging s WHERE NOT EXISTS (SELECT 1 FROM stay t WHERE t.accommodation_id = "
						+ "s.accommodation_id AND t.document_index = s.document_index AND t.arrived_at = s.arrived_at)");
				connection.releaseSavepoint(savepoint);
				log.debug("COPY into staging done, moved {} stays in {} ms", added,
						(System.nanoTime() - copied) / 1_000_000);
				return added;
			}
			catch (DuplicateKeyException ex) {
				connection.rollback(savepoint);
				return this.template.update("INSERT INTO stay (" + COLUMNS + ") SELECT " + COLUMNS
						+ " FROM stay_staging ON CONFLICT DO NOTHING");
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Copying stays failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Rows of prepared values in COPY's text format. */
	static String copyText(List<Object[]> rows) {
		StringBuilder out = new StringBuilder(rows.size() * COLUMN_COUNT * 24);
		for (Object[] row : rows) {
			copyRow(row, out);
		}
		return out.toString();
	}

	private static void copyRow(Object[] row, StringBuilder out) {
		for (int i = 0; i < row.length; i++) {
			Object value = (row[i] instanceof SqlParameterValue typed) ? typed.getValue() : row[i];
			if (value == null) {
				out.append("\\N");
			}
			else if (value instanceof Boolean flag) {
				out.append(flag ? 't' : 'f');
			}
			else {
				String text = value.toString();
				for (int c = 0; c < text.length(); c++) {
					char ch = text.charAt(c);
					switch (ch) {
						case '\\' -> out.append("\\\\");
						case '\t' -> out.append("\\t");
						case '\n' -> out.append("\\n");
						case '\r' -> out.append("\\r");
						default -> out.append(ch);
					}
				}
			}
			out.append((i + 1 == row.length) ? '\n' : '\t');
		}
	}

	private boolean postgres() {
		if (this.postgres == null) {
			this.postgres = this.template.execute((ConnectionCallback<Boolean>) (c) -> c.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgres"));
		}
		return this.postgres;
	}

	private CompletableFuture<List<Object[]>> prepare(long notificationId, AccommodationSummary accommodation,
			List<ParsedGuest> guests, int from, StayDeadlineRules rules, Instant notifiedAt) {
		List<ParsedGuest> batch = guests.subList(from, Math.min(guests.size(), from + BATCH));
		if (guests.size() <= BATCH) {
			return CompletableFuture.completedFuture(values(notificationId, accommodation, batch, rules, notifiedAt));
		}
		return CompletableFuture.supplyAsync(() -> values(notificationId, accommodation, batch, rules, notifiedAt));
	}

	private List<Object[]> values(long notificationId, AccommodationSummary accommodation, List<ParsedGuest> batch,
			StayDeadlineRules rules, Instant notifiedAt) {
		List<Object[]> rows = new ArrayList<>(batch.size());
		for (ParsedGuest guest : batch) {
			Object[] args = new Object[COLUMN_COUNT];
			int i = 0;
			Timeliness timeliness = rules.assess(guest.kind(), guest.arrival(), notifiedAt);
			args[i++] = notificationId;
			args[i++] = accommodation.id();
			args[i++] = accommodation.unitId();
			args[i++] = new SqlParameterValue(Types.BIGINT, accommodation.groupId());
			args[i++] = this.encryptor.encrypt(guest.fullName());
			args[i++] = this.encryptor.blindIndex(guest.nameFolded());
			args[i++] = guest.birthDate();
			args[i++] = new SqlParameterValue(Types.VARCHAR, guest.sex());
			args[i++] = guest.nationality();
			args[i++] = guest.kind() == GuestKind.FOREIGNER;
			args[i++] = guest.documentKind();
			args[i++] = this.encryptor.encrypt(guest.documentNumber());
			args[i++] = this.encryptor.blindIndex(guest.documentNumber());
			args[i++] = new SqlParameterValue(Types.VARCHAR, guest.reason());
			args[i++] = new SqlParameterValue(Types.VARCHAR, guest.room());
			args[i++] = utc(guest.arrival());
			args[i++] = new SqlParameterValue(Types.DATE, guest.expectedDeparture());
			args[i++] = utc(timeliness.deadline());
			args[i++] = utc(notifiedAt);
			args[i++] = timeliness.lateMinutes();
			rows.add(args);
		}
		return rows;
	}

	/** The receipt of a notification with its current counts. */
	Optional<Receipt> receipt(long notificationId) {
		return this.jdbc.sql("""
				SELECT n.id, n.receipt_number, n.accommodation_id,
				       (SELECT COUNT(*) FROM stay s WHERE s.notification_id = n.id) AS guests,
				       (SELECT COUNT(*) FROM stay s WHERE s.notification_id = n.id AND s.late_minutes > 0) AS late
				FROM stay_notification n WHERE n.id = :id""")
			.param("id", notificationId)
			.query((rs, row) -> new Receipt(rs.getLong("id"), rs.getString("receipt_number"),
					rs.getLong("accommodation_id"), rs.getInt("guests"), rs.getInt("late")))
			.optional();
	}

	/** How many foreigners a notification holds. */
	int foreigners(long notificationId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM stay WHERE notification_id = :id AND foreigner = TRUE")
			.param("id", notificationId)
			.query(Integer.class)
			.single();
	}

	void deleteNotification(long notificationId) {
		this.jdbc.sql("DELETE FROM stay_notification WHERE id = :id").param("id", notificationId).update();
	}

	/**
	 * An earlier submission of an account under the same key (an Idempotency-Key or a
	 * file's hash).
	 */
	record Submission(String payloadHash, int rows, List<Long> notificationIds, int added) {
	}

	Optional<Submission> findSubmission(long accountId, String key) {
		return this.jdbc.sql(
				"SELECT payload_hash, rows_count, notifications, added FROM stay_submission WHERE account_id = :a AND submission = :k")
			.param("a", accountId)
			.param("k", key)
			.query((rs, row) -> new Submission(rs.getString(1), rs.getInt(2),
					Arrays.stream(rs.getString(3).split(",")).filter((s) -> !s.isEmpty()).map(Long::valueOf).toList(),
					rs.getInt(4)))
			.optional();
	}

	void saveSubmission(long accountId, String key, String payloadHash, int rows, List<Long> notificationIds, int added,
			Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO stay_submission (account_id, submission, payload_hash, rows_count, notifications, added, created_at)
					VALUES (:a, :k, :h, :rows, :n, :added, :at)""")
			.param("a", accountId)
			.param("k", key)
			.param("h", payloadHash)
			.param("rows", rows)
			.param("n", String.join(",", notificationIds.stream().map(String::valueOf).toList()))
			.param("added", added)
			.param("at", utc(at))
			.update();
	}

}
