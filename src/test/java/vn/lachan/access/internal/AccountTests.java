package vn.lachan.access.internal;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.lachan.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTests {

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	private final Account account = Account.create("khuvuc2", "Cảnh sát khu vực", null, Role.AREA_OFFICER, 7L,
			Set.of(1L, 2L), "{noop}x", NOW);

	@Test
	void fourFailuresInARowDoNotLock() {
		for (int attempt = 1; attempt < Account.MAX_FAILED_ATTEMPTS; attempt++) {
			assertThat(this.account.signInFailed(NOW)).isFalse();
		}
		assertThat(this.account.isLocked(NOW)).isFalse();
		assertThat(this.account.failedAttempts()).isEqualTo(Account.MAX_FAILED_ATTEMPTS - 1);
	}

	@Test
	void theFifthFailureLocksForFifteenMinutes() {
		failFiveTimes();
		assertThat(this.account.isLocked(NOW)).isTrue();
		assertThat(this.account.isLocked(NOW.plus(Account.LOCK_DURATION).minusSeconds(1))).isTrue();
		assertThat(this.account.isLocked(NOW.plus(Account.LOCK_DURATION))).isFalse();
	}

	@Test
	void aSuccessfulSignInStartsTheCountAfresh() {
		this.account.signInFailed(NOW);
		this.account.signInFailed(NOW);
		this.account.signInFailed(NOW);
		this.account.signInFailed(NOW);
		this.account.signedIn();
		assertThat(this.account.signInFailed(NOW)).isFalse();
		assertThat(this.account.isLocked(NOW)).isFalse();
	}

	@Test
	void aNewPasswordLiftsTheLock() {
		failFiveTimes();
		this.account.changePassword("{noop}y", NOW.plusSeconds(60));
		assertThat(this.account.isLocked(NOW.plusSeconds(60))).isFalse();
		assertThat(this.account.failedAttempts()).isZero();
	}

	@Test
	void enablingLiftsTheLock() {
		failFiveTimes();
		this.account.disable();
		assertThat(this.account.enabled()).isFalse();
		this.account.enable();
		assertThat(this.account.enabled()).isTrue();
		assertThat(this.account.isLocked(NOW)).isFalse();
	}

	@Test
	void onlyAreaOfficersKeepResidentialGroups() {
		assertThat(this.account.groupIds()).containsExactlyInAnyOrder(1L, 2L);
		this.account.change("Công an phường", null, Role.WARD_OFFICER, 7L, Set.of(1L));
		assertThat(this.account.groupIds()).isEmpty();
	}

	private void failFiveTimes() {
		boolean locked = false;
		for (int attempt = 0; attempt < Account.MAX_FAILED_ATTEMPTS; attempt++) {
			locked = this.account.signInFailed(NOW);
		}
		assertThat(locked).isTrue();
	}

}
