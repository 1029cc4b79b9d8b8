package vn.lachan.tips;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy on the same host, the public rate limit counts each client by
 * the address the proxy forwards, not the proxy's own: on a real server (the header is
 * handled by Tomcat, which MockMvc does not run).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "lachan.tips.rate-limit.per-minute=2")
class ForwardedClientIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void eachForwardedClientHasItsOwnLimit() throws Exception {
		assertThat(categories("203.0.113.7")).isEqualTo(200);
		assertThat(categories("203.0.113.7")).isEqualTo(200);
		assertThat(categories("203.0.113.7")).isEqualTo(429);
		assertThat(categories("203.0.113.8")).as("another client behind the same proxy").isEqualTo(200);
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
