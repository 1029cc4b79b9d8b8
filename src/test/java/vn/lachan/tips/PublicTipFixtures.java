package vn.lachan.tips;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Photos and client addresses for the public-intake tests.
 */
final class PublicTipFixtures {

	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	private PublicTipFixtures() {
	}

	/**
	 * A distinct client address per test, so the rate limit of one test leaves the others
	 * alone.
	 */
	static RequestPostProcessor newClient() {
		String address = "10.77." + (CLIENTS.get() / 250) + "." + (CLIENTS.getAndIncrement() % 250 + 1);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A JPEG with an EXIF segment holding a GPS marker and a camera serial. */
	static byte[] jpegWithGps() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.createGraphics().setColor(Color.RED);
		image.createGraphics().fillRect(0, 0, 32, 24);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", plain);
		byte[] jpeg = plain.toByteArray();
		byte[] payload = "Exif\0\0GPSLatitude=20.4374;GPSLongitude=106.1829;SerialNumber=CAM-12345"
			.getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		int length = payload.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(payload);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	static boolean sniffJpeg(byte[] data) {
		return data.length > 3 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8;
	}

	static boolean contains(byte[] data, String text) {
		return new String(data, StandardCharsets.ISO_8859_1).contains(text);
	}

}
