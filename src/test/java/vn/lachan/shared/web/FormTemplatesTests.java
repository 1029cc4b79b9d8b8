package vn.lachan.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field errors are shown only through the form kit ({@code fragments/fields.html}): a
 * template outside {@code fragments/} writing {@code th:errors} by hand is a form that
 * skipped the kit's labels, ids and {@code aria-describedby}.
 */
class FormTemplatesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void noTemplateOutsideTheFragmentsWritesFieldErrorsByHand() throws IOException {
		List<String> offenders;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			offenders = files.filter((file) -> file.toString().endsWith(".html"))
				.filter((file) -> !TEMPLATES.relativize(file).startsWith("fragments"))
				.filter((file) -> read(file).contains("th:errors"))
				.map((file) -> TEMPLATES.relativize(file).toString())
				.sorted()
				.toList();
		}
		assertThat(offenders).as("templates with th:errors outside fragments/ (use fragments/fields)").isEmpty();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
