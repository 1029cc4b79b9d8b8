package vn.lachan.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be: at least 10 characters, with letters and digits, not the
 * username. Answers the codes of the rules broken, empty when the password is acceptable.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	static List<String> problems(String username, String password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add("access.password.too-short");
			return problems;
		}
		if (password.length() > 128) {
			problems.add("access.password.too-long");
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			problems.add("access.password.letters-and-digits");
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT).strip())) {
			problems.add("access.password.contains-username");
		}
		return problems;
	}

}
