package vn.lachan.forces;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lachan.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signed in through the login form over real HTTP, posting forms with the CSRF
 * token of the page they came from.
 */
final class SignedInClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private String csrf;

	private SignedInClient(int port) {
		this.port = port;
	}

	static SignedInClient signIn(int port, String username) throws Exception {
		SignedInClient client = new SignedInClient(port);
		client.get("/login");
		HttpResponse<String> console = client.post("/login",
				"username=" + encode(username) + "&password=" + encode(DemoData.PASSWORD));
		assertThat(console.uri().getPath()).as("signed in as %s", username).isEqualTo("/console");
		return client;
	}

	HttpResponse<String> get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher matcher = CSRF.matcher(response.body());
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
		return response;
	}

	HttpResponse<String> post(String path, String form) throws Exception {
		String body = form + (form.isEmpty() ? "" : "&") + "_csrf=" + encode(this.csrf);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher matcher = CSRF.matcher(response.body());
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
		return response;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
