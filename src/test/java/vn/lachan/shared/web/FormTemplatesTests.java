package vn.lachan.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Selects, text areas and field errors are written only by the form kit
 * ({@code fragments/fields.html}): a template outside {@code fragments/} writing a
 * {@code <select>}, a {@code <textarea>} or {@code th:errors} by hand is a form that
 * skipped the kit's labels, ids and {@code aria-describedby}.
 */
class FormTemplatesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void noTemplateOutsideTheFragmentsWritesFieldErrorsByHand() throws IOException {
		assertThat(templatesOutsideFragmentsContaining("th:errors"))
			.as("templates with th:errors outside fragments/ (use fragments/fields)")
			.isEmpty();
	}

	@Test
	void noTemplateOutsideTheFragmentsWritesASelectByHand() throws IOException {
		assertThat(templatesOutsideFragmentsContaining("<select"))
			.as("templates with a <select> outside fragments/ (use selectField or filterField)")
			.isEmpty();
	}

	@Test
	void noTemplateOutsideTheFragmentsWritesATextAreaByHand() throws IOException {
		assertThat(templatesOutsideFragmentsContaining("<textarea"))
			.as("templates with a <textarea> outside fragments/ (use textareaField or plainTextareaField)")
			.isEmpty();
	}

	private static List<String> templatesOutsideFragmentsContaining(String markup) throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html"))
				.filter((file) -> !TEMPLATES.relativize(file).startsWith("fragments"))
				.filter((file) -> read(file).toLowerCase(Locale.ROOT).contains(markup))
				.map((file) -> TEMPLATES.relativize(file).toString())
				.sorted()
				.toList();
		}
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
