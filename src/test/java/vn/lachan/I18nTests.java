package vn.lachan;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string comes from the message bundles, in both languages
 * (ARCHITECTURE.md, "Languages"). Reads the sources, so it needs no Spring context:
 * <ul>
 * <li>each bundle {@code messages/X.properties} (Vietnamese, the default) has an English
 * twin {@code X_en.properties} with exactly the same keys, none of them blank, none
 * defined twice, and every bundle is listed in {@code spring.messages.basename};</li>
 * <li>no template has literal visible text: a text node must sit in an element whose body
 * Thymeleaf replaces ({@code th:text}, {@code th:utext}, ...), and {@code placeholder},
 * {@code title}, {@code aria-label}, {@code alt} need a {@code th:} twin;</li>
 * <li>every {@code #{key}} a template names exists in the bundles.</li>
 * </ul>
 * In the spirit of spring-petclinic's {@code I18nPropertiesSyncTest}.
 */
class I18nTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");

	/** The second language; the file without a suffix is Vietnamese. */
	private static final String ENGLISH = "_en";

	/** Attributes a person sees or hears (screen readers). */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt");

	/** Attributes that replace an element's body with something computed. */
	private static final List<String> BODY_REPLACING = List.of("text", "utext", "replace", "insert", "remove");

	/** Elements whose content is not text a person reads. */
	private static final Set<String> NOT_TEXT = Set.of("script", "style", "svg");

	/** A message expression: the key ends at the first '(' or '}'. */
	private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{\\s*([^}(]*)");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Entities and inlined expressions ([[...]], [(...)]) are not literal text. */
	private static final Pattern NOT_LITERAL = Pattern.compile("&#?\\w+;|\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	@Test
	void everyBundleHasBothLanguagesWithTheSameKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		Set<String> bases = bundleBases();
		assertThat(bases).as("message bundles under %s", MESSAGES).isNotEmpty();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".properties"))
				.map((name) -> name.substring(0, name.length() - ".properties".length()))
				.filter((name) -> name.contains("_") && !name.endsWith(ENGLISH))
				.forEach((name) -> problems.add(name + ".properties: unexpected language; bundles are X.properties "
						+ "(Vietnamese) and X_en.properties (English)"));
		}
		for (String base : bases) {
			Path vietnamese = MESSAGES.resolve(base + ".properties");
			Path english = MESSAGES.resolve(base + ENGLISH + ".properties");
			if (!Files.exists(english)) {
				problems.add(base + ENGLISH + ".properties is missing (English twin of " + base + ".properties)");
				continue;
			}
			Map<String, String> vi = load(vietnamese, problems);
			Map<String, String> en = load(english, problems);
			difference(vi.keySet(), en.keySet())
				.forEach((key) -> problems.add(english.getFileName() + ": missing key " + key));
			difference(en.keySet(), vi.keySet())
				.forEach((key) -> problems.add(vietnamese.getFileName() + ": missing key " + key));
		}
		assertThat(problems).as("message bundles out of step").isEmpty();
	}

	@Test
	void aKeyLivesInOneBundleOnly() throws IOException {
		Map<String, List<String>> owners = new TreeMap<>();
		for (String base : bundleBases()) {
			for (String key : load(MESSAGES.resolve(base + ".properties"), new ArrayList<>()).keySet()) {
				owners.computeIfAbsent(key, (k) -> new ArrayList<>()).add(base);
			}
		}
		List<String> shared = owners.entrySet()
			.stream()
			.filter((owner) -> owner.getValue().size() > 1)
			.map((owner) -> owner.getKey() + " in " + owner.getValue())
			.toList();
		assertThat(shared).as("keys defined in more than one bundle (only the first one listed would be used)")
			.isEmpty();
	}

	@Test
	void everyBundleIsListedInTheMessageSource() throws IOException {
		Properties application = new Properties();
		try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES, StandardCharsets.UTF_8)) {
			application.load(reader);
		}
		Set<String> listed = Arrays.stream(application.getProperty("spring.messages.basename", "").split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.map((name) -> name.replaceFirst("^classpath:", "").replaceFirst("^messages/", ""))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(listed)
			.as("spring.messages.basename in %s against the files under %s", APPLICATION_PROPERTIES, MESSAGES)
			.containsExactlyInAnyOrderElementsOf(bundleBases());
	}

	@Test
	void templatesHaveNoLiteralVisibleText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String source = Files.readString(template, StandardCharsets.UTF_8);
			visit(parse(template, source), false, new Source(TEMPLATES.relativize(template).toString(), source),
					problems);
		}
		assertThat(problems)
			.as("literal text in templates: use th:text=\"#{...}\" or th:%s=\"#{...}\"", VISIBLE_ATTRIBUTES)
			.isEmpty();
	}

	@Test
	void templatesNameOnlyKeysThatExist() throws IOException {
		Set<String> keys = new TreeSet<>();
		Set<String> englishKeys = new TreeSet<>();
		for (String base : bundleBases()) {
			keys.addAll(load(MESSAGES.resolve(base + ".properties"), new ArrayList<>()).keySet());
			Path english = MESSAGES.resolve(base + ENGLISH + ".properties");
			if (Files.exists(english)) {
				englishKeys.addAll(load(english, new ArrayList<>()).keySet());
			}
		}
		List<String> problems = new ArrayList<>();
		int references = 0;
		for (Path template : templates()) {
			List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				Matcher matcher = MESSAGE_EXPRESSION.matcher(lines.get(i));
				while (matcher.find()) {
					String key = matcher.group(1).strip();
					if (isDynamic(key)) {
						continue;
					}
					references++;
					String where = TEMPLATES.relativize(template) + ":" + (i + 1) + ": #{" + key + "}";
					if (!keys.contains(key)) {
						problems.add(where + " is not in the Vietnamese bundles");
					}
					if (!englishKeys.contains(key)) {
						problems.add(where + " is not in the English bundles");
					}
				}
			}
		}
		assertThat(references).as("message keys found in templates").isPositive();
		assertThat(problems).as("templates name keys that no bundle has").isEmpty();
	}

	/**
	 * {@code #{${key}}}, {@code #{'a.' + ${b}}}, {@code #{__${x}__}}: resolved at run
	 * time.
	 */
	private static boolean isDynamic(String key) {
		return key.isEmpty() || key.contains("$") || key.contains("'") || key.contains("+") || key.contains("__")
				|| key.contains(" ");
	}

	private static void visit(INestableNode node, boolean replaced, Source template, List<String> problems) {
		for (INode child : node.getChildren()) {
			if (child instanceof Element element) {
				String name = element.getElementName().toLowerCase();
				checkAttributes(element, template, problems);
				boolean bodyReplaced = replaced || replacesBody(element);
				if (!NOT_TEXT.contains(name)) {
					visit(element, bodyReplaced, template, problems);
				}
			}
			else if (child instanceof Text text && !replaced) {
				String literal = NOT_LITERAL.matcher(text.getContent()).replaceAll("").strip();
				if (LETTER.matcher(literal).find()) {
					problems.add(template.where(literal) + ": text \"" + abbreviate(literal) + "\"");
				}
			}
		}
	}

	/**
	 * Whether Thymeleaf replaces what the element holds. A page's root
	 * {@code <html th:replace="~{layout :: layout(..., ~{::content})}">} hands its own
	 * fragments to the layout, so its body is still checked.
	 */
	private static boolean replacesBody(Element element) {
		if (element.getElementName().equalsIgnoreCase("html")) {
			return false;
		}
		return BODY_REPLACING.stream().anyMatch((attribute) -> hasThymeleafTwin(element, attribute));
	}

	private static void checkAttributes(Element element, Source template, List<String> problems) {
		for (String attribute : VISIBLE_ATTRIBUTES) {
			String value = element.getAttributeValue(attribute);
			if (value != null && LETTER.matcher(value).find() && !hasThymeleafTwin(element, attribute)) {
				problems.add(template.where(attribute + "=") + ": <" + element.getElementName() + " " + attribute
						+ "=\"" + abbreviate(value) + "\"> without th:" + attribute);
			}
		}
	}

	private static boolean hasThymeleafTwin(Element element, String attribute) {
		if (element.hasAttribute("th:" + attribute) || element.hasAttribute("data-th-" + attribute)) {
			return true;
		}
		if (attribute.equals("alt") || attribute.equals("title")) {
			if (element.hasAttribute("th:alt-title") || element.hasAttribute("data-th-alt-title")) {
				return true;
			}
		}
		String attr = element.getAttributeValue("th:attr");
		return attr != null && Pattern.compile("(^|[,\\s])" + Pattern.quote(attribute) + "\\s*=").matcher(attr).find();
	}

	private static Document parse(Path template, String source) {
		try {
			return new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(template.toString(), source);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Cannot parse " + template + ": " + ex.getMessage(), ex);
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).as("templates under %s", TEMPLATES).isNotEmpty();
			return templates;
		}
	}

	/** The bundles: messages/X.properties without a language suffix. */
	private static Set<String> bundleBases() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".properties"))
				.map((name) -> name.substring(0, name.length() - ".properties".length()))
				.filter((name) -> !name.contains("_"))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/**
	 * Loads a bundle as UTF-8 (as Spring Boot's message source reads it), noting keys
	 * defined twice and blank values.
	 */
	private static Map<String, String> load(Path file, List<String> problems) throws IOException {
		Set<String> seen = new LinkedHashSet<>();
		Map<String, String> messages = new TreeMap<>();
		Properties properties = new Properties() {

			@Override
			public synchronized Object put(Object key, Object value) {
				if (!seen.add((String) key)) {
					problems.add(file.getFileName() + ": key " + key + " is defined twice");
				}
				return super.put(key, value);
			}

		};
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		properties.forEach((key, value) -> {
			if (((String) value).isBlank()) {
				problems.add(file.getFileName() + ": key " + key + " has no text");
			}
			messages.put((String) key, (String) value);
		});
		return messages;
	}

	private static Set<String> difference(Collection<String> left, Collection<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

	/**
	 * A template's name and text, to say where a finding is (attoparser's DOM does not
	 * keep line numbers reliably, so the first line holding the text is named).
	 */
	private record Source(String name, String text) {

		String where(String fragment) {
			int index = this.text.indexOf(fragment.lines().findFirst().orElse(fragment));
			return (index < 0) ? this.name
					: this.name + ":" + (1 + this.text.substring(0, index).chars().filter((c) -> c == '\n').count());
		}

	}

	private static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return (flat.length() > 60) ? flat.substring(0, 57) + "..." : flat;
	}

}
