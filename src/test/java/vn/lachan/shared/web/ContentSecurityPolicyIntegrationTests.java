package vn.lachan.shared.web;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.lachan.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks the site as a visitor and as each kind of demo user, following the links of every
 * page (each path once), and checks that each HTML page carries the
 * Content-Security-Policy and the other security headers, and holds nothing that policy
 * would refuse: no {@code style} attribute, no {@code <style>} element, no inline script,
 * no {@code on…} handler. The browser tests check the same from the other side: no CSP
 * violation in the browser's console.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContentSecurityPolicyIntegrationTests {

	/** Pages visited per user: the walk reaches every kind of page well before that. */
	private static final int PAGES_PER_USER = 60;

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageAVisitorReachesHasThePolicyAndNothingInline() throws Exception {
		List<String> visited = walk(null, List.of("/", "/report", "/track", "/login"));
		assertThat(visited).contains("/", "/report", "/track", "/login");
	}

	@Test
	void everyConsolePageOfEveryRoleHasThePolicyAndNothingInline() throws Exception {
		for (String username : List.of("admin", "committee", "vihoang", "khuvuc", "hoagiai", "chunha")) {
			List<String> visited = walk(signIn(username), List.of("/console"));
			assertThat(visited).as("pages %s reached", username).hasSizeGreaterThan(2);
		}
	}

	@Test
	void apiAnswersCarryTheirOwnPolicy() throws Exception {
		MockHttpServletResponse api = this.mvc.perform(get("/api/v1/me")).andReturn().getResponse();
		assertThat(api.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_POLICY);
	}

	private List<String> walk(Cookie session, List<String> start) throws Exception {
		Deque<String> queue = new ArrayDeque<>(start);
		Set<String> seen = new LinkedHashSet<>();
		List<String> html = new ArrayList<>();
		while (!queue.isEmpty() && html.size() < PAGES_PER_USER) {
			String link = queue.poll();
			String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
			if (!seen.add(path)) {
				continue;
			}
			MockHttpServletRequestBuilder request = get(link);
			if (session != null) {
				request.cookie(session);
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			String location = response.getRedirectedUrl();
			if (response.getStatus() / 100 == 3 && location != null && location.startsWith("/")) {
				// a role's home may be another page (a host's is their accommodations)
				queue.add(location);
				continue;
			}
			String type = response.getContentType();
			if (type == null || !type.startsWith("text/html")) {
				continue;
			}
			html.add(path);
			String body = response.getContentAsString();
			assertHeaders(link, response);
			assertNothingInline(link, body);
			for (String next : links(body)) {
				if (!seen.contains(next.contains("?") ? next.substring(0, next.indexOf('?')) : next)) {
					queue.add(next);
				}
			}
		}
		return html;
	}

	private static void assertHeaders(String link, MockHttpServletResponse response) {
		Map<String, String> expected = Map.of("Content-Security-Policy", SecurityHeaders.PAGE_POLICY,
				"X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "same-origin",
				"Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY, "Cross-Origin-Opener-Policy", "same-origin");
		expected
			.forEach((name, value) -> assertThat(response.getHeader(name)).as("%s of %s", name, link).isEqualTo(value));
	}

	private static void assertNothingInline(String link, String body) {
		List<Element> all = new ArrayList<>();
		collect(parse(body), all);
		for (Element element : all) {
			String tag = element.getElementName().toLowerCase(Locale.ROOT);
			assertThat(tag).as("a <style> element on %s", link).isNotEqualTo("style");
			if (tag.equals("script")) {
				assertThat(element.getAttributeValue("src")).as("an inline <script> on %s", link).isNotBlank();
			}
			for (String attribute : element.getAttributeMap().keySet()) {
				String name = attribute.toLowerCase(Locale.ROOT);
				assertThat(name).as("attribute %s of <%s> on %s", name, tag, link)
					.isNotEqualTo("style")
					.doesNotStartWith("on");
			}
		}
	}

	/** The site's own GET links of a page. */
	private static List<String> links(String body) {
		List<Element> all = new ArrayList<>();
		collect(parse(body), all);
		List<String> links = new ArrayList<>();
		for (Element element : all) {
			String href = element.getElementName().equalsIgnoreCase("a") ? element.getAttributeValue("href") : null;
			if (href != null && href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/logout")) {
				links.add(href.contains("#") ? href.substring(0, href.indexOf('#')) : href);
			}
		}
		return links;
	}

	private Cookie signIn(String username) throws Exception {
		return this.mvc.perform(formLogin("/login").user(username).password(DemoData.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private static void collect(INestableNode parent, List<Element> into) {
		for (INode child : parent.getChildren()) {
			if (child instanceof Element element) {
				into.add(element);
				collect(element, into);
			}
		}
	}

	private static Document parse(String html) {
		try {
			return new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(new StringReader(html));
		}
		catch (org.attoparser.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
