package vn.lachan.shared.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

/**
 * Checks a photo by its content, not its name or declared type, and re-encodes it from
 * its pixels, so that nothing of the original file survives: no EXIF, no GPS position, no
 * camera serial, no trailing data. Shared by every module that takes photos (tips,
 * urban-order violations).
 */
@Component
public class PhotoSanitizer {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	public static final int MAX_PHOTOS = 3;

	private static final int MAX_PIXELS = 40_000_000;

	/**
	 * The photo re-encoded, or a refusal.
	 * @throws PhotoRefused when it is too large or not a JPEG or PNG image
	 */
	public Photo sanitise(byte[] data) {
		if (data.length > MAX_BYTES) {
			throw new PhotoRefused("photo-too-large");
		}
		String format = sniff(data);
		if (format == null) {
			throw new PhotoRefused("photo-type");
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (in == null || !readers.hasNext()) {
				throw new PhotoRefused("photo-type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0 || pixels > MAX_PIXELS) {
					throw new PhotoRefused("photo-too-large");
				}
				BufferedImage image = reader.read(0);
				return encode(image, format);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoRefused refused) {
				throw refused;
			}
			throw new PhotoRefused("photo-type");
		}
	}

	private static Photo encode(BufferedImage image, String format) throws IOException {
		BufferedImage pixels = image;
		if ("jpeg".equals(format) && image.getType() != BufferedImage.TYPE_INT_RGB) {
			pixels = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			pixels.createGraphics().drawImage(image, 0, 0, null);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(pixels, format, out)) {
			throw new PhotoRefused("photo-type");
		}
		return new Photo("jpeg".equals(format) ? "image/jpeg" : "image/png", out.toByteArray());
	}

	/** JPEG or PNG by their magic numbers; anything else is refused. */
	static String sniff(byte[] data) {
		if (data.length > 3 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF) {
			return "jpeg";
		}
		if (data.length > 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
			return "png";
		}
		return null;
	}

	/**
	 * A photo re-encoded from its pixels.
	 *
	 * @param contentType {@code image/jpeg} or {@code image/png}
	 * @param data the encoded image
	 */
	public record Photo(String contentType, byte[] data) {
	}

	/**
	 * A photo that is refused, with the code of the reason.
	 */
	public static class PhotoRefused extends RuntimeException {

		private final String code;

		public PhotoRefused(String code) {
			super(code);
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

}
