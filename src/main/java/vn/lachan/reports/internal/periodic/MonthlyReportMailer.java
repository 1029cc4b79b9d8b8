package vn.lachan.reports.internal.periodic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.reports.internal.periodic.PeriodicReportSubscriptions.Subscription;
import vn.lachan.shared.mail.SiteMail;
import vn.lachan.shared.pdf.PdfDocuments;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.streets.StreetsCatalog;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Mails each subscriber last month's report of their unit, as a PDF, on the first working
 * day of the month. Cluster-safe twice over: one instance holds the ShedLock lock while
 * the others skip, and each subscription's month is claimed in the database before its
 * mail goes out, so a report is mailed once whichever instance runs.
 */
@Component
public class MonthlyReportMailer {

	private static final Logger log = LoggerFactory.getLogger(MonthlyReportMailer.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(VietnamTime.ZONE);

	private final PeriodicReportSubscriptions subscriptions;

	private final PeriodicReportBuilder reports;

	private final PdfDocuments pdf;

	private final AccessCatalog access;

	private final TerritoryCatalog territory;

	private final StreetsCatalog calendar;

	private final SiteMail mail;

	private final MessageSource messages;

	MonthlyReportMailer(PeriodicReportSubscriptions subscriptions, PeriodicReportBuilder reports, PdfDocuments pdf,
			AccessCatalog access, TerritoryCatalog territory, StreetsCatalog calendar, SiteMail mail,
			MessageSource messages) {
		this.subscriptions = subscriptions;
		this.reports = reports;
		this.pdf = pdf;
		this.access = access;
		this.territory = territory;
		this.calendar = calendar;
		this.mail = mail;
		this.messages = messages;
	}

	/** Whether a day is the first working day of its month. */
	public boolean firstWorkingDay(LocalDate day) {
		if (!this.calendar.isWorkingDay(day)) {
			return false;
		}
		for (LocalDate before = day.withDayOfMonth(1); before.isBefore(day); before = before.plusDays(1)) {
			if (this.calendar.isWorkingDay(before)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * On the first working day of a month, mails last month's reports that have not gone
	 * out; on other days does nothing. Returns nothing: an instance that finds the lock
	 * taken skips the call.
	 */
	@SchedulerLock(name = "reports-monthly-mail", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void mailDue(LocalDate today) {
		if (!firstWorkingDay(today)) {
			return;
		}
		YearMonth month = YearMonth.from(today).minusMonths(1);
		int mailed = 0;
		for (Subscription subscription : this.subscriptions.due(month)) {
			if (this.subscriptions.claim(subscription.id(), month)) {
				if (mail(subscription, month)) {
					mailed++;
				}
				else {
					this.subscriptions.release(subscription.id(), month);
				}
			}
		}
		if (mailed > 0) {
			log.info("Mailed {} monthly reports of {}", mailed, month);
		}
	}

	private boolean mail(Subscription subscription, YearMonth month) {
		JavaMailSender mail = this.mail.sender().orElse(null);
		Optional<CurrentUser> subscriber = subscriber(subscription.accountId());
		if (mail == null || subscriber.isEmpty() || !subscriber.get().canSeeUnit(subscription.unitId())) {
			return false;
		}
		ReportPeriod period = ReportPeriod.month(month);
		PeriodicReport report = this.reports.build(subscriber.get(), subscription.unitId(), period, period.to(),
				VIETNAMESE);
		Map<String, Object> variables = new HashMap<>();
		variables.put("report", report);
		variables.put("generated", GENERATED.format(report.generatedAt()));
		variables.put("font", PdfDocuments.FONT_FAMILY);
		byte[] document = this.pdf.render("reports/periodic-pdf", variables, VIETNAMESE);
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.mail.from());
			helper.setTo(subscription.email());
			String monthText = String.format("%02d/%d", month.getMonthValue(), month.getYear());
			helper.setSubject(this.messages.getMessage("periodic.mail.subject",
					new Object[] { report.unitName(), monthText }, VIETNAMESE));
			helper.setText(this.messages.getMessage("periodic.mail.body",
					new Object[] { report.unitName(), monthText, GENERATED.format(report.generatedAt()) }, VIETNAMESE));
			helper.addAttachment("bao-cao-" + subscription.unitId() + "-" + month + ".pdf",
					new ByteArrayResource(document), "application/pdf");
			mail.send(message);
			return true;
		}
		catch (MessagingException | MailException ex) {
			log.warn("Monthly report of subscription {} for {} not mailed: {}", subscription.id(), month,
					ex.getClass().getSimpleName());
			return false;
		}
	}

	private Optional<CurrentUser> subscriber(long accountId) {
		return this.access.findAccount(accountId)
			.filter((account) -> account.unitId() != null)
			.map((account) -> user(account));
	}

	private CurrentUser user(AccountSummary account) {
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
				account.unitId(), this.territory.subtreeIds(account.unitId()), account.groupIds());
	}

}
