package vn.lachan.shared.web.edge;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The answers to requests that never reach Spring MVC (Tomcat rejected them, or their
 * query string is not UTF-8): a problem detail for {@code /api/**}, the site's error
 * page, rendered statically from the shared messages, elsewhere. Neither carries a
 * request value or a stack trace.
 */
final class EdgeAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EdgeAnswers() {
	}

	static boolean isApi(String uri) {
		return uri != null && (uri.equals("/api") || uri.startsWith("/api/") || uri.startsWith("/v3/api-docs"));
	}

	static String code(int status) {
		if (status == 413) {
			return "too-large";
		}
		return (status >= 500) ? "internal" : "bad-request";
	}

	static byte[] problem(int status) {
		ResourceBundle messages = messages();
		String code = code(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://lachan.vn/problems/" + code);
		problem.put("title", messages.getString("problem." + code + ".title"));
		problem.put("status", status);
		problem.put("detail", messages.getString("problem." + code));
		problem.put("code", code);
		return JSON.writeValueAsBytes(problem);
	}

	static byte[] page(int status) {
		ResourceBundle messages = messages();
		String key = (status >= 500) ? "error.500" : "error.error";
		String title = HtmlUtils.htmlEscape(messages.getString(key + ".title"));
		String html = """
				<!DOCTYPE html>
				<html lang="vi">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title><link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css"></head>
				<body><main class="container py-5"><h1 class="h3">%s</h1><p>%s</p>
				<p><a class="btn btn-primary" href="/">%s</a></p></main></body>
				</html>
				""".formatted(title, title, HtmlUtils.htmlEscape(messages.getString(key + ".text")),
				HtmlUtils.htmlEscape(messages.getString("error.home")));
		return html.getBytes(StandardCharsets.UTF_8);
	}

	private static ResourceBundle messages() {
		return ResourceBundle.getBundle("messages/shared", Locale.ROOT);
	}

}
