package vn.lachan;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.web.util.HtmlUtils;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Acceptance 2: the main pages, rendered in Vietnamese (the default language) for the
 * public and for every demo role, and their forms sent back empty or with values that do
 * not convert, show no catalogue code ({@code drug-possession}, {@code stay-list}), no
 * enum name ({@code FIELD}, {@code ARREST}) and no English validation message ("must not
 * be blank", "Failed to convert") in their visible text. The pages are found by following
 * the console's links from each role's home, as a person would.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VietnameseInterfaceIntegrationTests {

	/** How many pages of one shape (digits taken out of the path) are visited. */
	private static final int PER_SHAPE = 2;

	private static final int MAX_PAGES = 150;

	private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

	private static final Pattern SKIPPED = Pattern.compile(
			"(?i).*(logout|lang=|page=|sort=|/photos/|/export|download|\\.(pdf|xlsx|csv|png|svg|js|css)|/poster|/qr|format=|/webjars/|/api/|/v3/|/swagger).*");

	private static final Pattern CODE = Pattern.compile("(?<![\\w/.@:=-])[a-z]+(?:[-_][a-z0-9]+)+(?![\\w/.@-])");

	private static final Pattern WORD = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9_]{2,}(?![\\w-])");

	private static final Pattern URL = Pattern.compile("(?:https?://|/)\\S*");

	private static final Pattern FORM = Pattern.compile("(?s)<form[^>]*method=\"post\"[^>]*>.*?</form>");

	private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");

	private static Set<String> enumNames;

	private static Set<String> englishValidation;

	private static String vietnameseMessages;

	/**
	 * Usernames (what people type to sign in) and API tokens' first characters (what they
	 * compare): data, not codes.
	 */
	private Set<String> usernames = Set.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void vocabulary() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		enumNames = new TreeSet<>();
		scanner.findCandidateComponents("vn.lachan").forEach((definition) -> {
			Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
			for (Object constant : type.getEnumConstants()) {
				enumNames.add(((Enum<?>) constant).name());
			}
		});
		assertThat(enumNames).contains("FIELD", "ARREST", "WARD_OFFICER");
		englishValidation = new TreeSet<>(List.of("Failed to convert", "must not be", "must be"));
		Properties defaults = new Properties();
		try (InputStream in = ClassUtils.getDefaultClassLoader()
			.getResourceAsStream("org/hibernate/validator/ValidationMessages.properties")) {
			defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		defaults.values().forEach((value) -> {
			for (String part : value.toString().split("\\$?\\{[^}]*}")) {
				if (part.strip().length() >= 12) {
					englishValidation.add(part.strip());
				}
			}
		});
		StringBuilder messages = new StringBuilder();
		for (Resource bundle : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/*.properties")) {
			if (!bundle.getFilename().contains("_")) {
				Properties values = new Properties();
				try (InputStream in = bundle.getInputStream()) {
					values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				values.values().forEach((value) -> messages.append(value).append('\n'));
			}
		}
		vietnameseMessages = messages.toString();
	}

	@Test
	void thePublicPagesSpeakVietnamese() throws Exception {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		crawl(null, List.of("/", "/report", "/track", "/login", "/cameras/register"), problems);
		sendFormsBack(null, List.of("/report", "/cameras/register"), problems);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyRolesPagesSpeakVietnamese() throws Exception {
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		long tip = this.jdbc.sql("SELECT MIN(id) FROM tip WHERE unit_id = :unit AND status = 'RESOLVED'")
			.param("unit", viHoang)
			.query(Long.class)
			.single();
		Map<String, List<String>> problems = new LinkedHashMap<>();
		for (String username : List.of("admin", "committee", "vihoang", "khuvuc", "totruong", "hoagiai", "chunha")) {
			Cookie session = signIn(username);
			crawl(session, List.of("/console", "/console/tips/" + tip), problems);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void formsSentBackShowVietnameseMessages() throws Exception {
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		Map<String, List<String>> problems = new LinkedHashMap<>();
		sendFormsBack(signIn("admin"), List.of("/console/admin/accounts/new"), problems);
		sendFormsBack(signIn("vihoang"),
				List.of("/console/forces/teams/new", "/console/forces/activities/new", "/console/tips/new",
						"/console/streets/new", "/console/cameras/new", "/console/residence/accommodations/new",
						"/console/territory/units/" + viHoang + "/groups/new",
						"/console/territory/units/" + viHoang + "/places/new", "/console/account"),
				problems);
		sendFormsBack(signIn("chunha"), List.of("/console/residence/declare"), problems);
		assertThat(problems).isEmpty();
	}

	@BeforeEach
	void usernames() {
		this.usernames = new HashSet<>(this.jdbc.sql("SELECT username FROM account").query(String.class).list());
		this.usernames.addAll(this.jdbc.sql("SELECT prefix FROM api_token").query(String.class).list());
	}

	private Cookie signIn(String username) throws Exception {
		Cookie session = this.mvc.perform(formLogin("/login").user(username).password(DemoData.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("signed in as %s", username).isNotNull();
		return session;
	}

	/** Follows the site's own links from these pages, checking each page once. */
	private void crawl(Cookie session, List<String> starts, Map<String, List<String>> problems) throws Exception {
		Deque<String> queue = new ArrayDeque<>(starts);
		Set<String> seen = new HashSet<>(starts);
		Map<String, Integer> shapes = new HashMap<>();
		int visited = 0;
		while (!queue.isEmpty() && visited < MAX_PAGES) {
			String path = queue.poll();
			MockHttpServletResponse response = perform(get(path), session);
			String location = response.getHeader("Location");
			if (response.getStatus() / 100 == 3 && location != null && location.startsWith("/") && seen.add(location)) {
				queue.add(location);
				continue;
			}
			if (response.getStatus() != 200 || response.getContentType() == null
					|| !response.getContentType().startsWith("text/html")) {
				continue;
			}
			visited++;
			String html = response.getContentAsString(StandardCharsets.UTF_8);
			check(path, html, problems);
			Matcher links = HREF.matcher(html);
			while (links.find()) {
				String link = HtmlUtils.htmlUnescape(links.group(1));
				String shape = link.replaceAll("\\d+", "N").replaceAll("\\?.*", "");
				if (SKIPPED.matcher(link).matches() || (session != null && !link.startsWith("/console"))
						|| !seen.add(link) || shapes.merge(shape, 1, Integer::sum) > PER_SHAPE) {
					continue;
				}
				queue.add(link);
			}
		}
		assertThat(visited).as("pages visited from %s", starts).isPositive();
	}

	/**
	 * Sends every form of these pages back twice: with every field empty, then with
	 * values that are not numbers or dates where those are asked for. The page shown must
	 * still speak Vietnamese.
	 */
	private void sendFormsBack(Cookie session, List<String> pages, Map<String, List<String>> problems)
			throws Exception {
		for (String page : pages) {
			MockHttpServletResponse shown = perform(get(page), session);
			assertThat(shown.getStatus()).as("GET %s", page).isEqualTo(200);
			Matcher forms = FORM.matcher(shown.getContentAsString(StandardCharsets.UTF_8));
			int sent = 0;
			while (forms.find()) {
				String form = forms.group();
				Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form);
				if (!action.find() || !form.contains("type=\"submit\"") || action.group(1).contains("logout")
						|| action.group(1).contains("/tokens")) {
					continue;
				}
				String target = HtmlUtils.htmlUnescape(action.group(1));
				for (boolean garbage : List.of(false, true)) {
					MockHttpServletRequestBuilder request = post(target).with(csrf());
					Matcher fields = FIELD.matcher(form);
					while (fields.find()) {
						String attributes = fields.group(2);
						String name = attribute(attributes, "name");
						String type = attribute(attributes, "type");
						if (name == null || name.equals("_csrf") || "hidden".equals(type) || "file".equals(type)) {
							continue;
						}
						boolean converts = "number".equals(type) || "date".equals(type) || "datetime-local".equals(type)
								|| "select".equals(fields.group(1));
						request.param(name, (garbage && converts) ? "x1" : "");
					}
					MockHttpServletResponse answer = perform(request, session);
					assertThat(answer.getStatus())
						.as("POST %s (%s) re-shows the form", target, garbage ? "values that do not convert" : "empty")
						.isEqualTo(200);
					check("POST " + target + (garbage ? " (not converting)" : " (empty)"),
							answer.getContentAsString(StandardCharsets.UTF_8), problems);
				}
				sent++;
			}
			assertThat(sent).as("forms sent back from %s", page).isPositive();
		}
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private void check(String where, String html, Map<String, List<String>> problems) {
		String text = visibleText(html);
		Set<String> found = new LinkedHashSet<>();
		String withoutUrls = URL.matcher(text).replaceAll(" ");
		Matcher codes = CODE.matcher(withoutUrls);
		while (codes.find()) {
			if (!vietnameseMessages.contains(codes.group()) && !this.usernames.contains(codes.group())) {
				found.add("code " + codes.group());
			}
		}
		Matcher words = WORD.matcher(withoutUrls);
		while (words.find()) {
			if (enumNames.contains(words.group()) && !vietnameseMessages.contains(words.group())) {
				found.add("enum " + words.group());
			}
		}
		for (String english : englishValidation) {
			if (text.contains(english)) {
				found.add("English \"" + english + "\"");
			}
		}
		if (!found.isEmpty()) {
			problems.put(where, new ArrayList<>(found));
		}
	}

	/** The text a reader sees: text between tags and the attributes read out or shown. */
	static String visibleText(String html) {
		// codes shown on purpose (receipt codes, a token's first characters) are set in
		// a monospace font
		String body = html.replaceAll("(?s)<script\\b.*?</script>", " ")
			.replaceAll("(?s)<code\\b.*?</code>", " ")
			.replaceAll("(?s)<(\\w+)\\b[^>]*class=\"[^\"]*font-monospace[^\"]*\"[^>]*>[^<]*</\\1>", " ")
			.replaceAll("(?s)<style\\b.*?</style>", " ")
			.replaceAll("(?s)<!--.*?-->", " ");
		StringBuilder text = new StringBuilder();
		Matcher shown = Pattern.compile("(?i)\\s(placeholder|title|aria-label|alt)=\"([^\"]*)\"").matcher(body);
		while (shown.find()) {
			text.append(' ').append(shown.group(2));
		}
		text.append(' ').append(body.replaceAll("(?s)<[^>]*>", " "));
		return HtmlUtils.htmlUnescape(text.toString()).replaceAll("\\s+", " ");
	}

	private static String attribute(String attributes, String name) {
		Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1)) : null;
	}

}
