package vn.lachan.streets.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.paging.SqlPages;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.streets.OffenderKind;
import vn.lachan.streets.ViolationStep;

/**
 * Lists of violations and repeat offenders. No personal data: the offender is found by
 * blind index only.
 */
@Component
public class ViolationQueries {

	private static final String ROW = """
			SELECT id, unit_id, group_id, type_code, step, occurred_on, address, offender_kind, fine_amount,
			  transfer_due, decision_due, decided_on, closed_on
			FROM streets_violation""";

	private final JdbcClient jdbc;

	ViolationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The violations of these units, newest first, filtered by step and by words of the
	 * address; overdue ones flagged on {@code today}.
	 */
	public PageResult<ViolationRow> search(Set<Long> unitIds, ViolationStep step, String text, LocalDate today,
			PageQuery page) {
		return search(unitIds, step, text, null, null, today, page);
	}

	/**
	 * As {@link #search(Set, ViolationStep, String, LocalDate, PageQuery)}, for
	 * violations found from {@code from} to {@code to} (both included; {@code null}: no
	 * bound).
	 */
	public PageResult<ViolationRow> search(Set<Long> unitIds, ViolationStep step, String text, LocalDate from,
			LocalDate to, LocalDate today, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE unit_id IN (:units)");
		if (from != null) {
			where.append(" AND occurred_on >= :from");
		}
		if (to != null) {
			where.append(" AND occurred_on <= :to");
		}
		if (step != null) {
			where.append(" AND step = :step");
		}
		if (text != null && !text.isBlank()) {
			where.append(" AND address_key LIKE :text");
		}
		JdbcClient.StatementSpec count = dates(
				bind(this.jdbc.sql("SELECT COUNT(*) FROM streets_violation" + where), unitIds, step, text), from, to);
		long total = count.query(Long.class).single();
		List<ViolationRow> rows = dates(
				bind(this.jdbc.sql(ROW + where + " ORDER BY occurred_on DESC, id DESC LIMIT :limit OFFSET :offset"),
						unitIds, step, text),
				from, to)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new ViolationRow(rs.getLong("id"), rs.getLong("unit_id"),
					rs.getObject("group_id", Long.class), rs.getString("type_code"),
					ViolationStep.valueOf(rs.getString("step")), rs.getObject("occurred_on", LocalDate.class),
					rs.getString("address"), OffenderKind.valueOf(rs.getString("offender_kind")),
					rs.getObject("fine_amount", Long.class),
					overdue(rs.getObject("transfer_due", LocalDate.class),
							rs.getObject("decision_due", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
							rs.getObject("closed_on", LocalDate.class), today)))
			.list();
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	/**
	 * Addresses and offenders (businesses, people by identifier) with more than one
	 * violation in these units, most violations first.
	 */
	public PageResult<RepeatOffender> repeatOffenders(Set<Long> unitIds, PageQuery page) {
		// addresses first, then offenders; each by their count, most violations first
		String select = """
				SELECT 0 AS part, 'ADDRESS' AS kind, MIN(address) AS label, COUNT(*) AS violations,
				  MIN(occurred_on) AS first_on, MAX(occurred_on) AS last_on, unit_id AS unit_key, address_key AS group_key
				FROM streets_violation WHERE unit_id IN (:units)
				GROUP BY unit_id, address_key HAVING COUNT(*) > 1
				UNION ALL
				SELECT 1 AS part, MIN(offender_kind) AS kind, MIN(address) AS label, COUNT(*) AS violations,
				  MIN(occurred_on) AS first_on, MAX(occurred_on) AS last_on, 0 AS unit_key, offender_key AS group_key
				FROM streets_violation WHERE unit_id IN (:units) AND offender_key IS NOT NULL
				GROUP BY offender_key HAVING COUNT(*) > 1""";
		return SqlPages.page(this.jdbc, "SELECT * FROM (" + select + ") repeats",
				"ORDER BY part, violations DESC, label, unit_key, group_key",
				Map.of("units", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds)),
				(rs, n) -> new RepeatOffender(rs.getString("kind"), rs.getString("label"), rs.getInt("violations"),
						rs.getObject("first_on", LocalDate.class), rs.getObject("last_on", LocalDate.class)),
				page);
	}

	/** Earlier violations at the same address or by the same offender. */
	public int earlierAt(long unitId, String address, String offenderKey, long exceptId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM streets_violation WHERE id <> :id AND unit_id = :unit
				  AND (address_key = :address OR offender_key = :offender)""")
			.param("id", exceptId)
			.param("unit", unitId)
			.param("address", OffenderKeys.address(address))
			.param("offender", offenderKey)
			.query(Integer.class)
			.single();
	}

	private static JdbcClient.StatementSpec dates(JdbcClient.StatementSpec spec, LocalDate from, LocalDate to) {
		JdbcClient.StatementSpec bound = spec;
		if (from != null) {
			bound = bound.param("from", from);
		}
		if (to != null) {
			bound = bound.param("to", to);
		}
		return bound;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Set<Long> unitIds, ViolationStep step,
			String text) {
		JdbcClient.StatementSpec bound = spec.param("units", unitIds.isEmpty() ? Set.of(-1L) : unitIds);
		if (step != null) {
			bound = bound.param("step", step.name());
		}
		if (text != null && !text.isBlank()) {
			bound = bound.param("text", VietnameseText.containsPattern(OffenderKeys.address(text)));
		}
		return bound;
	}

	private static boolean overdue(LocalDate transferDue, LocalDate decisionDue, LocalDate decidedOn,
			LocalDate closedOn, LocalDate today) {
		if (decidedOn != null || closedOn != null) {
			return false;
		}
		return (transferDue != null && today.isAfter(transferDue))
				|| (decisionDue != null && today.isAfter(decisionDue));
	}

	/** A violation in a list. */
	public record ViolationRow(long id, long unitId, Long groupId, String typeCode, ViolationStep step,
			LocalDate occurredOn, String address, OffenderKind offenderKind, Long fineAmount, boolean overdue) {
	}

	/**
	 * An address or an offender with several violations.
	 *
	 * @param kind {@code ADDRESS}, {@code BUSINESS} or {@code PERSON}
	 * @param label the address (of the first violation, for an offender)
	 */
	public record RepeatOffender(String kind, String label, int violations, LocalDate firstOn, LocalDate lastOn) {
	}

}
