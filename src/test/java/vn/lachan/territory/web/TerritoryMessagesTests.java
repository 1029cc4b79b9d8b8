package vn.lachan.territory.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import vn.lachan.territory.AdminUnitKind;
import vn.lachan.territory.PlaceKind;
import vn.lachan.territory.ResidentialGroupKind;
import vn.lachan.territory.SuccessionKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory bundles have the same keys in Vietnamese and English, and every key the
 * territory templates and controllers use exists.
 */
class TerritoryMessagesTests {

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)");

	// problems of the file as a whole (unreadable, empty, too many rows, a missing
	// column) are
	// the shared import kit's, import.problem.* in shared
	private static final List<String> CSV_PROBLEMS = List.of("no-file", "required", "too-long", "unknown-kind",
			"not-a-whole-number", "not-a-number", "out-of-range", "unknown-group", "coordinates-pair",
			"duplicate-in-file");

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages/territory_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages/territory.properties").stringPropertyNames());
	}

	@Test
	void everyKeyTheTemplatesUseExistsInBothLanguages() throws IOException {
		Set<String> used = new HashSet<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/territory"))) {
			for (Path template : templates.toList()) {
				Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(50);
		for (String bundle : List.of("", "_en")) {
			Set<String> keys = keys(bundle);
			assertThat(used).as("keys of the templates in messages/*%s", bundle).allMatch(keys::contains);
		}
	}

	@Test
	void everyKindSuccessionAndCsvProblemHasAMessage() throws IOException {
		for (String bundle : List.of("", "_en")) {
			Set<String> keys = keys(bundle);
			Stream
				.of(Arrays.stream(AdminUnitKind.values()).map((kind) -> "territory.unit.kind." + kind),
						Arrays.stream(ResidentialGroupKind.values()).map((kind) -> "territory.group.kind." + kind),
						Arrays.stream(PlaceKind.values()).map((kind) -> "territory.place.kind." + kind),
						Arrays.stream(SuccessionKind.values()).map((kind) -> "territory.succession.to." + kind),
						Arrays.stream(SuccessionKind.values()).map((kind) -> "territory.succession.from." + kind),
						CSV_PROBLEMS.stream().map((code) -> "territory.csv.problem." + code))
				.flatMap((names) -> names)
				.forEach((key) -> assertThat(keys).as(bundle).contains(key));
		}
	}

	private static Set<String> keys(String suffix) throws IOException {
		Set<String> keys = new HashSet<>(load("messages/territory" + suffix + ".properties").stringPropertyNames());
		keys.addAll(load("messages/shared" + suffix + ".properties").stringPropertyNames());
		return keys;
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
