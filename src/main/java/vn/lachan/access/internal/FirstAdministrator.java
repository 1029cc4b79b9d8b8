package vn.lachan.access.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.lachan.access.internal.AccountManagement.AccountDetails;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.security.SystemUser;

/**
 * The first administrator of a new installation. While no enabled administrator exists,
 * the one named by {@code LACHAN_ADMIN_USERNAME} and {@code LACHAN_ADMIN_PASSWORD} is
 * created at start; without them the log says what to set, and nobody can sign in. There
 * is no default password, and an existing administrator is never changed: once one exists
 * the variables are ignored.
 */
@Component
@Order(DemoData.ACCESS_ORDER + 1)
class FirstAdministrator implements ApplicationRunner {

	static final String USERNAME_PROPERTY = "lachan.setup.admin-username";

	static final String PASSWORD_PROPERTY = "lachan.setup.admin-password";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountRepository accounts;

	private final AccountManagement management;

	private final MessageSource messages;

	private final String username;

	private final String password;

	FirstAdministrator(AccountRepository accounts, AccountManagement management, MessageSource messages,
			@Value("${" + USERNAME_PROPERTY + ":}") String username,
			@Value("${" + PASSWORD_PROPERTY + ":}") String password) {
		this.accounts = accounts;
		this.management = management;
		this.messages = messages;
		this.username = username.strip();
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.countEnabledAdministrators() > 0) {
			if (!this.username.isEmpty()) {
				log.info("An administrator exists: LACHAN_ADMIN_USERNAME and LACHAN_ADMIN_PASSWORD are ignored "
						+ "and can be removed from the environment");
			}
			return;
		}
		if (this.username.isEmpty() || this.password.isEmpty()) {
			log.warn("No administrator exists, so nobody can sign in. Set LACHAN_ADMIN_USERNAME and "
					+ "LACHAN_ADMIN_PASSWORD (at least 10 characters, letters and digits, not containing the username) and restart: "
					+ "the first administrator is created with them (README, 'First start').");
			return;
		}
		try {
			this.management.create(SystemUser.INSTANCE, this.username, this.password,
					new AccountDetails("Quản trị hệ thống", null, Role.ADMIN, null, Set.of()));
		}
		catch (InvalidInputException ex) {
			String problems = ex.fieldProblems()
				.stream()
				.map((problem) -> this.messages.getMessage(problem.message(), null, problem.message(),
						java.util.Locale.ENGLISH))
				.collect(Collectors.joining("; "));
			throw new IllegalStateException("LACHAN_ADMIN_PASSWORD is refused: " + problems);
		}
		log.info("The first administrator '{}' was created: sign in at /login and remove LACHAN_ADMIN_PASSWORD "
				+ "from the environment", this.username);
	}

}
