package vn.lachan.tips;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy on the same host, the public rate limit counts each client by
 * the address the proxy forwards, not the proxy's own: on a real server (the header is
 * handled by Tomcat, which MockMvc does not run), the one the browser tests share.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ForwardedClientIntegrationTests {

	@LocalServerPort
	int port;

	@Value("${lachan.tips.rate-limit.per-minute:30}")
	int perMinute;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void eachForwardedClientHasItsOwnLimit() throws Exception {
		// addresses no other test uses; the limit counts per minute, so twice the limit
		// and one reach it even across a minute's turn
		String client = "203.0.113." + (10 + ThreadLocalRandom.current().nextInt(200));
		String other = "198.51.100." + (10 + ThreadLocalRandom.current().nextInt(200));
		int status = 200;
		int sent = 0;
		while (status == 200 && sent < 2 * this.perMinute + 1) {
			status = categories(client);
			sent++;
		}
		assertThat(status).isEqualTo(429);
		assertThat(sent).isGreaterThan(this.perMinute);
		assertThat(categories(other)).as("another client behind the same proxy").isEqualTo(200);
	}

	private int categories(String client) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/public/tips/categories"))
			.header("X-Forwarded-For", client)
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
