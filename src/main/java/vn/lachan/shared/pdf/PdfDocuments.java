package vn.lachan.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Printable documents: a Thymeleaf template written as XHTML, rendered to PDF
 * (openhtmltopdf) with a font that has every Vietnamese glyph embedded, so that the file
 * prints the same anywhere. The font is Liberation Sans, which PDFBox ships in its own
 * jar; templates name it as {@value #FONT_FAMILY}.
 */
@Component
public class PdfDocuments {

	/** The font family templates use in their CSS. */
	public static final String FONT_FAMILY = "Lachan Sans";

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
		// openhtmltopdf reports every font load and selector count at INFO on the console
		XRLog.listRegisteredLoggers().forEach((logger) -> XRLog.setLevel(logger, Level.WARNING));
	}

	/**
	 * Renders the template with those variables in that language.
	 * @param template a template name such as {@code territory/poster}
	 * @param variables the template's model
	 * @param locale the language of its messages
	 * @return the PDF's bytes
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		String xhtml = this.templates.process(template, new Context(locale, variables));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(PdfDocuments::font, FONT_FAMILY);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render " + template, ex);
		}
	}

	private static InputStream font() {
		InputStream font = PdfDocuments.class.getResourceAsStream(FONT);
		if (font == null) {
			throw new IllegalStateException("PDFBox's Liberation Sans is missing from the classpath");
		}
		return font;
	}

}
