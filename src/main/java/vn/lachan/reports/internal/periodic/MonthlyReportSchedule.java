package vn.lachan.reports.internal.periodic;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning at seven (Việt Nam's time) the monthly mailer looks whether it is the
 * first working day of the month; the mailer's lock keeps it to one instance.
 */
@Component
class MonthlyReportSchedule {

	private final MonthlyReportMailer mailer;

	private final Clock clock;

	MonthlyReportSchedule(MonthlyReportMailer mailer, Clock clock) {
		this.mailer = mailer;
		this.clock = clock;
	}

	@Scheduled(cron = "${lachan.reports.monthly-mail-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void mailMonthlyReports() {
		this.mailer.mailDue(LocalDate.now(this.clock.withZone(vn.lachan.shared.time.VietnamTime.ZONE)));
	}

}
