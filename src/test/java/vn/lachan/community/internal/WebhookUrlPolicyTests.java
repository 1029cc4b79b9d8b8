package vn.lachan.community.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 5, the gateway's address: https everywhere; plain http only to a loopback
 * address and only where development allows it, never to another host.
 */
class WebhookUrlPolicyTests {

	private final WebhookUrlPolicy production = new WebhookUrlPolicy(false);

	private final WebhookUrlPolicy development = new WebhookUrlPolicy(true);

	@Test
	void httpsIsAcceptedEverywhere() {
		assertThat(this.production.problem("https://zalo-oa.example.vn/hook")).isNull();
		assertThat(this.development.problem("https://sms.example.vn:8443/hook")).isNull();
	}

	@Test
	void plainHttpIsRefusedOutsideDevelopmentEvenToLoopback() {
		for (String url : new String[] { "http://sms.example.vn/hook", "http://127.0.0.1:8080/hook",
				"http://localhost/hook", "http://[::1]/hook" }) {
			assertThat(this.production.problem(url)).as(url).isEqualTo("community.gateway.https-required");
		}
	}

	@Test
	void developmentAllowsPlainHttpToLoopbackOnly() {
		assertThat(this.development.problem("http://127.0.0.1:8080/hook")).isNull();
		assertThat(this.development.problem("http://localhost/hook")).isNull();
		assertThat(this.development.problem("http://sms.example.vn/hook"))
			.isEqualTo("community.gateway.https-required");
		assertThat(this.development.problem("http://10.0.0.5/hook")).isEqualTo("community.gateway.https-required");
	}

	@Test
	void otherSchemesAndNonAddressesAreRefused() {
		assertThat(this.production.problem("ftp://sms.example.vn/hook")).isEqualTo("community.gateway.https-required");
		assertThat(this.production.problem("khong-phai-url")).isEqualTo("community.gateway.url-invalid");
		assertThat(this.production.problem("https://")).isEqualTo("community.gateway.url-invalid");
		assertThat(this.production.problem(" ")).isEqualTo("community.gateway.url-required");
	}

}
