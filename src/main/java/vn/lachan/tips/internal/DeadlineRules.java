package vn.lachan.tips.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.tips.internal.DeadlinePolicy.DeadlineRule;

/**
 * Reads the deadline rules from the database on every use: they are data, and an
 * administrator's change applies to the next tip.
 */
@Component
class DeadlineRules {

	private final JdbcClient jdbc;

	DeadlineRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DeadlinePolicy policy() {
		return new DeadlinePolicy(this.jdbc.sql("SELECT rule, hours, valid_from, valid_to FROM tip_deadline_rule")
			.query((rs, row) -> new DeadlineRule(DeadlineRule.Kind.valueOf(rs.getString("rule")), rs.getInt("hours"),
					rs.getObject("valid_from", java.time.LocalDate.class),
					rs.getObject("valid_to", java.time.LocalDate.class)))
			.list());
	}

	Deadlines deadlinesFor(Instant receivedAt, boolean urgent) {
		return policy().deadlinesFor(receivedAt, urgent);
	}

}
