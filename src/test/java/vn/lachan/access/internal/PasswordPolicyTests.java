package vn.lachan.access.internal;

import org.junit.jupiter.api.Test;

import vn.lachan.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsALongPasswordWithLettersAndDigits() {
		assertThat(PasswordPolicy.problems("vihoang", "LaChan@2022")).isEmpty();
		assertThat(PasswordPolicy.problems("vihoang", "mật khẩu 2026 dài")).isEmpty();
	}

	@Test
	void acceptsTheDemoPasswordOfEveryDemoAccount() {
		// the demo accounts are created with a hash of it, without the policy check
		AccessDemoData.ACCOUNTS
			.forEach((demo) -> assertThat(PasswordPolicy.problems(demo.username(), DemoData.PASSWORD)).isEmpty());
	}

	@Test
	void refusesAShortPasswordAndSaysOnlyThat() {
		assertThat(PasswordPolicy.problems("vihoang", "abc123")).containsExactly("access.password.too-short");
		assertThat(PasswordPolicy.problems("vihoang", null)).containsExactly("access.password.too-short");
		assertThat(PasswordPolicy.problems("vihoang", "abcdefgh1")).containsExactly("access.password.too-short");
	}

	@Test
	void acceptsExactlyTheMinimumLength() {
		assertThat(PasswordPolicy.problems("vihoang", "abcdefgh12")).isEmpty();
	}

	@Test
	void refusesAPasswordWithoutDigitsOrWithoutLetters() {
		assertThat(PasswordPolicy.problems("vihoang", "onlyletters"))
			.containsExactly("access.password.letters-and-digits");
		assertThat(PasswordPolicy.problems("vihoang", "1234567890"))
			.containsExactly("access.password.letters-and-digits");
	}

	@Test
	void refusesAPasswordContainingTheUsernameInAnyCase() {
		assertThat(PasswordPolicy.problems("vihoang", "ViHoang2022!"))
			.containsExactly("access.password.contains-username");
	}

	@Test
	void refusesAnOverlongPassword() {
		assertThat(PasswordPolicy.problems("vihoang", "a1".repeat(65))).containsExactly("access.password.too-long");
	}

}
