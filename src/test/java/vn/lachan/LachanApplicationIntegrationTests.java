package vn.lachan;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole platform over real HTTP: public pages, sign-in through the form with its CSRF
 * token, the console, error pages, actuator and the OpenAPI document.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LachanApplicationIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	@Test
	void theLandingPageSpeaksVietnameseFirstAndEnglishOnRequest() throws Exception {
		HttpResponse<String> vietnamese = get("/");
		assertThat(vietnamese.statusCode()).isEqualTo(200);
		assertThat(vietnamese.body()).contains("Đăng nhập").contains("lang=\"vi\"");
		HttpResponse<String> english = get("/?lang=en");
		assertThat(english.body()).contains("Sign in").contains("lang=\"en\"");
	}

	@Test
	void theAdminSignsInAndSeesTheConsole() throws Exception {
		HttpResponse<String> console = signIn("admin");
		assertThat(console.statusCode()).isEqualTo(200);
		assertThat(console.uri().getPath()).isEqualTo("/console");
		assertThat(console.body()).contains("Quản trị hệ thống")
			.contains("id=\"figure-groups\"")
			.contains("href=\"/console/admin/accounts\"")
			.contains("href=\"/console/admin/audit\"");
	}

	@Test
	void theNavigationFollowsTheRole() throws Exception {
		// a host's home is their own accommodations' page
		HttpResponse<String> console = postLogin("chunha", "LaChan@2022");
		assertThat(console.uri().getPath()).isEqualTo("/console/residence");
		assertThat(console.body()).contains("href=\"/console\"")
			.doesNotContain("href=\"/console/admin/accounts\"")
			.doesNotContain("href=\"/console/territory\"");
	}

	@Test
	void aWardOfficerSeesTheirWardsFigures() throws Exception {
		HttpResponse<String> console = signIn("thongnhat");
		assertThat(console.body()).contains("Phường Thống Nhất").contains("2.078").contains("8.389");
	}

	@Test
	void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
		HttpResponse<String> page = postLogin("vihoang", "not-the-password");
		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
	}

	@Test
	void theConsoleAsksStrangersToSignIn() throws Exception {
		HttpResponse<String> page = get("/console");
		assertThat(page.uri().getPath()).isEqualTo("/login");
	}

	@Test
	void anUnknownPageShowsTheNotFoundPageInBothLanguages() throws Exception {
		signIn("vihoang");
		HttpResponse<String> vietnamese = get("/console/nope");
		assertThat(vietnamese.statusCode()).isEqualTo(404);
		assertThat(vietnamese.body()).contains("Không tìm thấy").doesNotContain("Exception");
		HttpResponse<String> english = get("/console/nope?lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("Not found");
	}

	@Test
	void adminPagesAreForbiddenToOthers() throws Exception {
		signIn("vihoang");
		HttpResponse<String> page = get("/console/admin/accounts");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Không có quyền truy cập");
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsNeedAnAdmin() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/metrics").statusCode()).isEqualTo(401);
		assertThat(withToken("/actuator/metrics", "demo-vihoang").statusCode()).isEqualTo(403);
		HttpResponse<String> metrics = withToken("/actuator/metrics", "demo-admin");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm.memory.used");
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		HttpResponse<String> document = get("/v3/api-docs");
		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.body()).contains("/api/v1/admin-units").contains("/api/v1/places");
	}

	private HttpResponse<String> signIn(String username) throws Exception {
		HttpResponse<String> page = postLogin(username, "LaChan@2022");
		assertThat(page.uri().getPath()).as("signed in as %s", username).isEqualTo("/console");
		return page;
	}

	private HttpResponse<String> postLogin(String username, String password) throws Exception {
		HttpResponse<String> login = get("/login");
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		return this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> withToken(String path, String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
