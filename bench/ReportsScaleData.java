import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * The data of bench/reports-scale.sh, generated inside PostgreSQL with generate_series
 * (no rows cross the network): the source tables of tips, stays and urban-order
 * violations, then the reports module's per-record copies built from them with the
 * feeds' own column mapping (TipFeed, StreetsFeed; the open tips with TipFeed's due
 * time), the stay figures with the sums
 * ResidenceFeed adds up, and the day and month rollups of the copies with the sums the
 * rollup migrations' backfills make (V202612040800, V202612040801), added to the rows
 * the demo data has already counted. Non-constraint indexes are dropped during the load
 * and recreated after (same definitions, from pg_indexes).
 */
final class ReportsScaleData {

	static final long BASE = 100_000_000L;

	private ReportsScaleData() {
	}

	static void generate(DataSource dataSource, List<Long> wards, long tips, long stays, long violations)
			throws Exception {
		String w = "(ARRAY[" + wards.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]::bigint[])";
		int n = wards.size();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute("SET synchronous_commit = off");
			s.execute("SET maintenance_work_mem = '256MB'");
			List<String> tables = List.of("tip", "tip_outcome", "report_tip", "report_tip_outcome", "stay",
					"stay_notification", "streets_violation", "report_violation", "report_tip_count", "report_tip_outcome_count",
					"report_open_tip", "report_violation_count");
			List<String> indexes = new ArrayList<>();
			for (String table : tables) {
				try (ResultSet rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes i WHERE tablename = '"
						+ table + "' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)")) {
					List<String> names = new ArrayList<>();
					while (rs.next()) {
						names.add(rs.getString(1));
						// a partitioned table's index reads "ON ONLY": recreated on its partitions too
						indexes.add(rs.getString(2).replace(" ON ONLY ", " ON "));
					}
					for (String name : names) {
						s.execute("DROP INDEX " + name);
					}
				}
			}
			// tips: 2020-01-01 to 2026-11-30 (Vietnam time), one every ~21.8 s on average
			long tipStep = 218_160_000L / tips;
			run(s, "tip", """
					INSERT INTO tip (id, receipt_code, category_code, channel, status, urgent, unit_id, received_at,
					  description, search_text, reporter_kind, classify_by, forward_by, classified_at, closed_at,
					  updated_at, version)
					SELECT %1$d + i, 'BS' || i, (ARRAY['drugs','gambling','theft','fight','prostitution','suspicious-person'])[1 + (i * 31) %% 6],
					  (ARRAY['WEB','QR','FIELD','PHONE','IN_PERSON'])[1 + (i * 17) %% 5], st, i %% 10 = 0,
					  %2$s[1 + (i * 7919) %% %3$d], r, 'Tin báo thử ' || i, 'tin bao thu ' || i, 'ANONYMOUS',
					  r + INTERVAL '1 day', r + INTERVAL '3 days',
					  CASE WHEN st = 'RECEIVED' THEN NULL ELSE r + INTERVAL '2 hours' END,
					  CASE WHEN st IN ('RESOLVED','REJECTED','TRANSFERRED') THEN r + INTERVAL '5 days' END, r, 1
					FROM (SELECT i, r, CASE
					    WHEN r > TIMESTAMPTZ '2026-10-15 00:00+07' THEN (ARRAY['RECEIVED','ASSIGNED','VERIFYING','RESOLVED'])[1 + i %% 4]
					    WHEN i %% 1000 = 0 THEN 'ASSIGNED'
					    ELSE (ARRAY['RESOLVED','RESOLVED','RESOLVED','RESOLVED','RESOLVED','RESOLVED','RESOLVED',
					      'REJECTED','REJECTED','TRANSFERRED'])[1 + (i * 7) %% 10] END AS st
					  FROM (SELECT i, TIMESTAMPTZ '2020-01-01 00:00+07' + (i * %4$d + (i * 7907) %% %4$d) * INTERVAL '1 second' AS r
					    FROM generate_series(1::bigint, %5$d) AS i) g) t""".formatted(BASE, w, n, tipStep, tips));
			run(s, "tip_outcome", """
					INSERT INTO tip_outcome (tip_id, position, kind, offence_category, cases, suspects)
					SELECT id, 0, (ARRAY['ARREST','PREVENTED','MEDIATED','ADMINISTRATIVE_SANCTION','TRANSFERRED','UNFOUNDED'])[1 + (id * 13) %% 6],
					  (ARRAY['drugs','gambling','theft',NULL])[1 + id %% 4], 1, 1 + id %% 3
					FROM tip WHERE id > %d AND status = 'RESOLVED'""".formatted(BASE));
			run(s, "report_tip", """
					INSERT INTO report_tip (tip_id, version, unit_id, category_code, channel, status, urgent, received_at,
					  classify_by, forward_by, classified_at, closed_at)
					SELECT id, version, unit_id, category_code, channel, status, urgent, received_at, classify_by, forward_by,
					  classified_at, closed_at FROM tip WHERE id > %d""".formatted(BASE));
			run(s, "report_tip_outcome", """
					INSERT INTO report_tip_outcome (tip_id, position, kind, offence_category, cases, suspects)
					SELECT tip_id, position, kind, offence_category, cases, suspects FROM tip_outcome WHERE tip_id > %d"""
				.formatted(BASE));
			run(s, "report_open_tip", """
					INSERT INTO report_open_tip (tip_id, unit_id, received_at, due_at)
					SELECT tip_id, unit_id, received_at,
					  CASE WHEN classified_at IS NULL AND classify_by < forward_by THEN classify_by ELSE forward_by END
					FROM report_tip WHERE tip_id > %d AND status IN ('RECEIVED', 'ASSIGNED', 'VERIFYING')"""
				.formatted(BASE));
			// stays: ten guests per notification, arrivals over the same years; departed
			// two days later except the last month's (half of them still present)
			long notifications = stays / 10;
			long stayStep = 218_160_000L / notifications;
			run(s, "stay_notification", """
					INSERT INTO stay_notification (id, receipt_number, accommodation_id, unit_id, channel, notified_at)
					SELECT %1$d + k, 'BN' || k, (SELECT MIN(id) FROM accommodation), %2$s[1 + (k * 7919) %% %3$d], 'WEB',
					  TIMESTAMPTZ '2020-01-01 00:00+07' + k * %4$d * INTERVAL '1 second' + INTERVAL '1 hour'
					FROM generate_series(1::bigint, %5$d) AS k""".formatted(BASE, w, n, stayStep, notifications));
			run(s, "stay", """
					INSERT INTO stay (notification_id, accommodation_id, unit_id, group_id, full_name, name_index, birth_date,
					  sex, nationality, foreigner, document_kind, document_number, document_index, arrived_at, deadline_at,
					  notified_at, departed_at, late_minutes)
					SELECT %1$d + k, (SELECT MIN(id) FROM accommodation), %2$s[1 + (k * 7919) %% %3$d], NULL, 'enc-name' || i,
					  'bi-name' || i, DATE '1990-01-01', 'M', CASE WHEN i %% 20 = 0 THEN 'KR' ELSE 'VN' END, i %% 20 = 0, 'CCCD',
					  'enc' || i, 'bi' || i, a, a + INTERVAL '12 hours', a + INTERVAL '1 hour',
					  CASE WHEN a < TIMESTAMPTZ '2026-11-01 00:00+07' OR i %% 2 = 0 THEN a + INTERVAL '2 days' END,
					  CASE WHEN i %% 25 = 0 THEN 30 ELSE 0 END
					FROM (SELECT i, k, TIMESTAMPTZ '2020-01-01 00:00+07' + k * %4$d * INTERVAL '1 second' AS a
					  FROM (SELECT i, 1 + (i - 1) / 10 AS k FROM generate_series(1::bigint, %5$d) AS i) g) t"""
				.formatted(BASE, w, n, stayStep, stays));
			run(s, "report_stay_figures", """
					INSERT INTO report_stay_figures AS f (unit_id, group_key, guests, foreign_guests, late_guests, departed,
					  foreign_departed, notifications)
					SELECT unit_id, COALESCE(group_id, 0), COUNT(*), COUNT(*) FILTER (WHERE foreigner),
					  COUNT(*) FILTER (WHERE late_minutes > 0), COUNT(departed_at), COUNT(departed_at) FILTER (WHERE foreigner),
					  COUNT(DISTINCT notification_id)
					FROM stay WHERE notification_id > %d GROUP BY unit_id, COALESCE(group_id, 0)
					ON CONFLICT (unit_id, group_key) DO UPDATE SET guests = f.guests + EXCLUDED.guests,
					  foreign_guests = f.foreign_guests + EXCLUDED.foreign_guests, late_guests = f.late_guests + EXCLUDED.late_guests,
					  departed = f.departed + EXCLUDED.departed, foreign_departed = f.foreign_departed + EXCLUDED.foreign_departed,
					  notifications = f.notifications + EXCLUDED.notifications""".formatted(BASE));
			long violationStep = 218_160_000L / violations;
			run(s, "streets_violation", """
					INSERT INTO streets_violation (id, version, unit_id, type_code, step, occurred_at, occurred_on, address,
					  address_key, offender_kind, found_by_account_id, found_by_name, decided_on, fine_amount, paid_on, closed_on,
					  created_at)
					SELECT %1$d + i, 1, %2$s[1 + (i * 7919) %% %3$d],
					  (ARRAY['SIDEWALK_STALL','SIGNBOARD','TARPAULIN','AWNING','STREET_VENDING','UNPERMITTED_OCCUPATION'])[1 + (i * 31) %% 6],
					  st, o, CAST(o AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE), 'Số ' || i || ' phố Thử', 'so ' || i || ' pho thu', 'PERSON', 1, 'Bench',
					  CASE WHEN st IN ('DECIDED','PAID') THEN CAST(o AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) + 10 END,
					  CASE WHEN st IN ('DECIDED','PAID') THEN 500000 + (i %% 5) * 250000 END,
					  CASE WHEN st = 'PAID' THEN CAST(o AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) + 20 END,
					  CASE WHEN st IN ('PAID','COMPLIED') THEN CAST(o AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) + 20 END, o
					FROM (SELECT i, TIMESTAMPTZ '2020-01-01 00:00+07' + i * %4$d * INTERVAL '1 second' AS o,
					  (ARRAY['DETECTED','REMINDED','COMMITMENT_SIGNED','COMPLIED','COMPLIED','DECIDED','PAID','PAID'])[1 + (i * 7) %% 8] AS st
					  FROM generate_series(1::bigint, %5$d) AS i) g""".formatted(BASE, w, n, violationStep, violations));
			run(s, "report_violation", """
					INSERT INTO report_violation (violation_id, version, unit_id, type_code, step, occurred_on, fine_amount,
					  decided_on, paid_on, closed_on)
					SELECT id, version, unit_id, type_code, step, occurred_on, fine_amount, decided_on, paid_on, closed_on
					FROM streets_violation WHERE id > %d""".formatted(BASE));
			rollups(s);
			for (String index : indexes) {
				run(s, index.replaceAll(" USING .*", ""), index);
			}
			for (String table : tables) {
				run(s, "analyze " + table, "VACUUM (ANALYZE) " + table);
			}
		}
	}

	/**
	 * The rollups of the generated copies, added to the rows the demo data has already
	 * counted: the generated copies summed per unit, day and value once, then the day and
	 * month rows of each dimension from those sums.
	 */
	private static void rollups(Statement s) throws Exception {
		String add = " ON CONFLICT (unit_id, grain, period_on, dimension, dim_value) DO UPDATE SET ";
		run(s, "bench_tip_day", """
				CREATE TEMPORARY TABLE bench_tip_day AS
				SELECT unit_id, CAST(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) AS day_on, category_code, channel,
				  status, COUNT(*) AS n
				FROM report_tip WHERE tip_id > %d GROUP BY 1, 2, 3, 4, 5""".formatted(BASE));
		run(s, "bench_violation_day", """
				CREATE TEMPORARY TABLE bench_violation_day AS
				SELECT unit_id, occurred_on AS day_on, type_code, step, COUNT(*) AS n,
				  COUNT(*) FILTER (WHERE decided_on IS NOT NULL AND fine_amount IS NOT NULL) AS decided,
				  COALESCE(SUM(fine_amount) FILTER (WHERE decided_on IS NOT NULL), 0) AS decided_amount,
				  COUNT(*) FILTER (WHERE paid_on IS NOT NULL AND fine_amount IS NOT NULL) AS paid,
				  COALESCE(SUM(fine_amount) FILTER (WHERE paid_on IS NOT NULL), 0) AS paid_amount
				FROM report_violation WHERE violation_id > %d GROUP BY 1, 2, 3, 4""".formatted(BASE));
		for (String grain : List.of("D", "M")) {
			String period = grain.equals("D") ? "day_on" : "CAST(date_trunc('month', day_on) AS DATE)";
			for (String column : List.of("category_code", "channel", "status")) {
				String dimension = column.equals("category_code") ? "category" : column;
				run(s, "report_tip_count " + grain + " " + dimension, """
						INSERT INTO report_tip_count AS c (unit_id, grain, period_on, dimension, dim_value, tips)
						SELECT unit_id, '%1$s', %2$s, '%3$s', %4$s, SUM(n) FROM bench_tip_day GROUP BY 1, 3, 5"""
					.formatted(grain, period, dimension, column) + add + "tips = c.tips + EXCLUDED.tips");
			}
			String tipDay = "CAST(t.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE)";
			run(s, "report_tip_outcome_count " + grain, """
					INSERT INTO report_tip_outcome_count AS c (unit_id, grain, period_on, kind, offence_category, tips, cases,
					  suspects)
					SELECT t.unit_id, '%1$s', %2$s, o.kind, COALESCE(o.offence_category, ''), COUNT(DISTINCT o.tip_id),
					  SUM(o.cases), SUM(o.suspects)
					FROM report_tip_outcome o JOIN report_tip t ON t.tip_id = o.tip_id
					WHERE t.tip_id > %3$d AND t.status = 'RESOLVED'
					GROUP BY 1, 3, 4, 5
					ON CONFLICT (unit_id, grain, period_on, kind, offence_category) DO UPDATE SET tips = c.tips + EXCLUDED.tips,
					  cases = c.cases + EXCLUDED.cases, suspects = c.suspects + EXCLUDED.suspects"""
				.formatted(grain, period.replace("day_on", tipDay), BASE));
			for (String column : List.of("type_code", "step")) {
				String dimension = column.equals("type_code") ? "type" : column;
				run(s, "report_violation_count " + grain + " " + dimension, """
						INSERT INTO report_violation_count AS c (unit_id, grain, period_on, dimension, dim_value, violations,
						  decided_fines, decided_amount, paid_fines, paid_amount)
						SELECT unit_id, '%1$s', %2$s, '%3$s', %4$s, SUM(n), SUM(decided), SUM(decided_amount), SUM(paid),
						  SUM(paid_amount)
						FROM bench_violation_day GROUP BY 1, 3, 5""".formatted(grain, period, dimension, column) + add
						+ "violations = c.violations + EXCLUDED.violations, decided_fines = c.decided_fines + "
						+ "EXCLUDED.decided_fines, decided_amount = c.decided_amount + EXCLUDED.decided_amount, "
						+ "paid_fines = c.paid_fines + EXCLUDED.paid_fines, paid_amount = c.paid_amount + EXCLUDED.paid_amount");
			}
		}
		s.execute("DROP TABLE bench_tip_day");
		s.execute("DROP TABLE bench_violation_day");
	}

	private static void run(Statement s, String what, String sql) throws Exception {
		long start = System.nanoTime();
		int rows = s.executeUpdate(sql);
		System.out.printf("generated %-60s %,12d rows %6.1f s%n", what, rows, (System.nanoTime() - start) / 1e9);
	}

}
