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

	/** Posts a file as a browser's multipart form does, with the page's CSRF token. */
	HttpResponse<String> upload(String path, String field, String filename, byte[] content, String... fields)
			throws Exception {
		String boundary = "----lachan" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.List<String> pairs = new java.util.ArrayList<>(java.util.List.of(fields));
		pairs.add("_csrf");
		pairs.add(this.csrf);
		for (int i = 0; i < pairs.size(); i += 2) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pairs.get(i)
					+ "\"\r\n\r\n" + pairs.get(i + 1) + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> download(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
