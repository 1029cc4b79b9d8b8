package vn.lachan.streets.internal;

import java.time.LocalDate;
import java.util.HashSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The working days of the holiday table, read once per use (the table is small).
 */
@Component
public class WorkingCalendar {

	private final JdbcClient jdbc;

	WorkingCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public WorkingDays workingDays() {
		return new WorkingDays(
				new HashSet<>(this.jdbc.sql("SELECT off_day FROM streets_holiday").query(LocalDate.class).list()));
	}

}
