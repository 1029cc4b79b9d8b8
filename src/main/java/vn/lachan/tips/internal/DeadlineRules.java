package vn.lachan.tips.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.tips.internal.DeadlinePolicy.DeadlineRule;

/**
 * Reads the deadline rules from the database: they are data, and a change made there
 * applies within seconds.
 */
@Component
class DeadlineRules {

	private final JdbcClient jdbc;

	DeadlineRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final long CACHE_NANOS = 10_000_000_000L;

	private volatile DeadlinePolicy cached;

	private volatile long loadedAt;

	/** The rules, read again at most every ten seconds. */
	DeadlinePolicy policy() {
		DeadlinePolicy policy = this.cached;
		if (policy == null || System.nanoTime() - this.loadedAt > CACHE_NANOS) {
			policy = load();
			this.cached = policy;
			this.loadedAt = System.nanoTime();
		}
		return policy;
	}

	private DeadlinePolicy load() {
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
