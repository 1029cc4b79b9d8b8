package vn.lachan.access.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that once ran in demo mode loses the well-known demo tokens when it starts
 * without demo data; other tokens of the same account stay. (The runner is built by hand:
 * this test context has demo data on, and other tests use the real demo tokens.)
 */
@SpringBootTest
// the MockMvc context of the other integration tests, so that the context cache reuses it
@AutoConfigureMockMvc
class DemoTokenRevocationIntegrationTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApiTokenRepository tokens;

	@Test
	void demoTokensAreRevokedAndOtherTokensKept() {
		String username = "demo" + UUID.randomUUID().toString().substring(0, 8);
		long id = this.accounts
			.create(SystemUser.INSTANCE, username, "Mật-khẩu-dài-2022!",
					new AccountManagement.AccountDetails("Tài khoản thử", null, Role.ADMIN, null, java.util.Set.of()))
			.id();
		this.accounts.issueKnownToken(id, "demo", "demo-" + username);
		this.accounts.issueKnownToken(id, "script", "kept-" + username);

		new DemoTokenRevocation(this.tokens, List.of(username)).run(new DefaultApplicationArguments());

		assertThat(this.tokens.findByTokenHash(ApiToken.hash("demo-" + username))).isEmpty();
		assertThat(this.tokens.findByTokenHash(ApiToken.hash("kept-" + username))).isPresent();
	}

}
