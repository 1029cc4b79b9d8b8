package vn.lachan.shared.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The two formats an import accepts, decided from the file's content: an XLSX file is a
 * zip archive, a CSV file is UTF-8 text. A name ending in {@code .xlsx} or {@code .csv}
 * alone decides nothing.
 */
public enum ImportFileType {

	CSV("text/csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** The accepted types as a user reads them in messages. */
	public static final String ACCEPTED = "CSV (.csv), Excel (.xlsx)";

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final int SNIFF = 8192;

	private final String mediaType;

	ImportFileType(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The type of this content, {@code null} when it is neither (a PDF, an image, an old
	 * binary {@code .xls}).
	 */
	public static ImportFileType of(byte[] content) {
		if (content.length >= ZIP.length && Arrays.equals(content, 0, ZIP.length, ZIP, 0, ZIP.length)) {
			return XLSX;
		}
		if (content.length >= PDF.length && Arrays.equals(content, 0, PDF.length, PDF, 0, PDF.length)) {
			return null;
		}
		return text(content) ? CSV : null;
	}

	/** The type a file name asks for, for downloads; XLSX unless it ends in .csv. */
	public static ImportFileType ofName(String name) {
		return (name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv")) ? CSV : XLSX;
	}

	private static boolean text(byte[] content) {
		int length = Math.min(content.length, SNIFF);
		// a cut through a multi-byte character at the end of the sample is not an error
		int end = length;
		if (length < content.length) {
			while (end > 0 && (content[end - 1] & 0xC0) == 0x80) {
				end--;
			}
			if (end > 0 && (content[end - 1] & 0x80) != 0) {
				end--;
			}
		}
		try {
			String sample = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, 0, end))
				.toString();
			return sample.chars().noneMatch((c) -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
