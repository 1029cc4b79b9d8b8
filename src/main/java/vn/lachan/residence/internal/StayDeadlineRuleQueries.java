package vn.lachan.residence.internal;

import java.sql.Time;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the deadline rules from {@code stay_deadline_rule}.
 */
@Repository
class StayDeadlineRuleQueries {

	private final JdbcClient jdbc;

	StayDeadlineRuleQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	StayDeadlineRules current() {
		return new StayDeadlineRules(this.jdbc.sql("SELECT * FROM stay_deadline_rule").query((rs, row) -> {
			String policy = rs.getString("policy");
			DeadlinePolicy deadline = switch (policy) {
				case "NIGHT_CUTOFF" -> new NightCutoffPolicy(rs.getObject("cutoff_time", Time.class).toLocalTime(),
						rs.getObject("next_day_time", Time.class).toLocalTime());
				case "WITHIN_HOURS" -> new WithinHoursPolicy(rs.getInt("within_hours"));
				default -> throw new IllegalStateException("Unknown deadline policy " + policy);
			};
			return new StayDeadlineRule(GuestKind.valueOf(rs.getString("guest_kind")),
					rs.getObject("valid_from", LocalDate.class), deadline, rs.getString("legal_basis"));
		}).list());
	}

}
