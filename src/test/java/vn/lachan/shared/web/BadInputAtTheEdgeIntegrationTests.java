package vn.lachan.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests a client library would fix or refuse, sent raw over a socket to a real server:
 * malformed UTF-8 in a query, an unencoded {@code []} in a path, an oversized header. On
 * {@code /api/**} they answer a problem detail, elsewhere the site's error page; never a
 * 500, never Tomcat's own page, never a request value echoed back; always with the
 * security headers (these answers are written before Spring Security sees the request).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BadInputAtTheEdgeIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "query, /api/v1/public/tips/categories?q=%ED%A0%80", "query, /api/v1/teams?kind=%ED%A0%80",
			"query, /report?x=%ED%A0%80", "path, /api/v1/teams/[]", "path, /report/[]", "header, /api/v1/teams",
			"header, /report" })
	void badRequestsAnswerOurOwnErrors(String kind, String target) throws Exception {
		String extra = kind.equals("header") ? "X-Big: " + "a".repeat(20_000) + "\r\n" : "";
		String answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: vi\r\n" + extra
				+ "Connection: close\r\n\r\n");
		String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
		String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
		int status = Integer.parseInt(head.substring(9, 12));
		assertThat(status).as(answer).isBetween(400, 499);
		assertThat(body).doesNotContain("Apache Tomcat").doesNotContain("Exception").doesNotContain("%ED");
		assertThat(head).contains("x-content-type-options: nosniff").contains("x-frame-options: deny");
		if (target.startsWith("/api/")) {
			assertThat(head).contains("content-type: application/problem+json");
			assertThat(body).contains("\"status\":" + status).contains("\"code\":");
		}
		else {
			assertThat(head).contains("content-type: text/html");
			assertThat(body).contains("<html lang=\"vi\"").contains("href=\"/\"");
			assertThat(head)
				.contains("content-security-policy: " + SecurityHeaders.PAGE_POLICY.toLowerCase(Locale.ROOT));
		}
	}

	private String send(String request) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}
