package vn.lachan.reports.internal.periodic;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.crypto.EncryptedColumns;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Committee members' subscriptions to a unit's monthly report, and the record of the
 * reports mailed (one per subscription and month).
 */
@Service
@Transactional
public class PeriodicReportSubscriptions {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	private final TerritoryCatalog territory;

	private final Clock clock;

	PeriodicReportSubscriptions(JdbcClient jdbc, FieldEncryptor encryptor, TerritoryCatalog territory, Clock clock) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
		this.territory = territory;
		this.clock = clock;
	}

	/**
	 * Subscribes the caller (a committee member or an administrator) to the monthly
	 * report of a unit in their scope, mailed to that address; a second subscription to
	 * the same unit changes the address.
	 */
	public long subscribe(CurrentUser user, long unitId, String email) {
		if (user.role() != Role.COMMITTEE && user.role() != Role.ADMIN) {
			throw new RuleViolationException("report-subscription-committee",
					"Only the committee subscribes to periodic reports");
		}
		String address = (email != null) ? email.strip() : "";
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw new InvalidInputException(List
				.of(new InvalidInputException.FieldProblem("email", "Email", "periodic.subscription.email-invalid")));
		}
		user.requireUnit(unitId, "unit", unitId);
		this.territory.findUnit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
		int updated = this.jdbc
			.sql("UPDATE report_subscription SET email_enc = :email WHERE account_id = :account AND unit_id = :unit")
			.param("email", this.encryptor.encrypt(address))
			.param("account", user.accountId())
			.param("unit", unitId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO report_subscription (account_id, unit_id, email_enc, created_at)
					VALUES (:account, :unit, :email, :now)""")
				.param("account", user.accountId())
				.param("unit", unitId)
				.param("email", this.encryptor.encrypt(address))
				.param("now", VietnamTime.utc(this.clock.instant()))
				.update();
		}
		return this.jdbc.sql("SELECT id FROM report_subscription WHERE account_id = :account AND unit_id = :unit")
			.param("account", user.accountId())
			.param("unit", unitId)
			.query(Long.class)
			.single();
	}

	/** Ends one of the caller's subscriptions; another's answers 404. */
	public void unsubscribe(CurrentUser user, long id) {
		int deleted = this.jdbc.sql("DELETE FROM report_subscription WHERE id = :id AND account_id = :account")
			.param("id", id)
			.param("account", user.accountId())
			.update();
		if (deleted == 0) {
			throw new NotFoundException("report-subscription", id);
		}
	}

	/** One of the caller's subscriptions; another's answers 404. */
	@Transactional(readOnly = true)
	public Subscription find(CurrentUser user, long id) {
		return this.jdbc.sql(
				"SELECT id, account_id, unit_id, email_enc FROM report_subscription WHERE id = :id AND account_id = :account")
			.param("id", id)
			.param("account", user.accountId())
			.query((rs, row) -> subscription(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
			.optional()
			.orElseThrow(() -> new NotFoundException("report-subscription", id));
	}

	/** The caller's subscriptions. */
	@Transactional(readOnly = true)
	public List<Subscription> of(CurrentUser user) {
		return this.jdbc.sql(
				"SELECT id, account_id, unit_id, email_enc FROM report_subscription WHERE account_id = :account ORDER BY id")
			.param("account", user.accountId())
			.query((rs, row) -> subscription(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
			.list();
	}

	/** The subscriptions whose report of that month has not gone out. */
	@Transactional(readOnly = true)
	public List<Subscription> due(YearMonth month) {
		return this.jdbc.sql("""
				SELECT s.id, s.account_id, s.unit_id, s.email_enc FROM report_subscription s
				WHERE NOT EXISTS (SELECT 1 FROM report_subscription_delivery d
				                  WHERE d.subscription_id = s.id AND d.report_month = :month)
				ORDER BY s.id""")
			.param("month", month.toString())
			.query((rs, row) -> subscription(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
			.list();
	}

	/**
	 * Claims the mailing of a month's report: true once per subscription and month, false
	 * when it is already claimed.
	 */
	public boolean claim(long subscriptionId, YearMonth month) {
		return this.jdbc.sql("""
				INSERT INTO report_subscription_delivery (subscription_id, report_month, sent_at)
				VALUES (:id, :month, :now) ON CONFLICT DO NOTHING""")
			.param("id", subscriptionId)
			.param("month", month.toString())
			.param("now", VietnamTime.utc(this.clock.instant()))
			.update() == 1;
	}

	/** Gives a claim back after a failed delivery, so that the next run tries again. */
	public void release(long subscriptionId, YearMonth month) {
		this.jdbc.sql("DELETE FROM report_subscription_delivery WHERE subscription_id = :id AND report_month = :month")
			.param("id", subscriptionId)
			.param("month", month.toString())
			.update();
	}

	private Subscription subscription(long id, long accountId, long unitId, String email) {
		String unit = this.territory.findUnit(unitId).map(AdminUnitSummary::name).orElse(Long.toString(unitId));
		return new Subscription(id, accountId, unitId, unit, this.encryptor.decrypt(email));
	}

	/**
	 * A subscription.
	 *
	 * @param id its id
	 * @param accountId the subscriber's account
	 * @param unitId the unit reported on
	 * @param unitName its name
	 * @param email the address the report goes to
	 */
	public record Subscription(long id, long accountId, long unitId, String unitName, String email) {
	}

	/** The encrypted address, re-encrypted after a key rotation. */
	@Configuration(proxyBeanMethods = false)
	static class Columns {

		@Bean
		EncryptedColumns reportSubscriptionColumns() {
			return EncryptedColumns.of("report_subscription", "id", "email_enc");
		}

	}

}
