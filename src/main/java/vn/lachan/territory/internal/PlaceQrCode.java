package vn.lachan.territory.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.security.CurrentUser;

/**
 * The QR code printed at a place: a PNG of the absolute address of the place's public
 * page, {@code <base>/p/<token>}.
 */
@Service
@Transactional(readOnly = true)
public class PlaceQrCode {

	/** Side of the image in pixels, quiet zone included. */
	static final int SIZE = 360;

	private final TerritoryManagement management;

	PlaceQrCode(TerritoryManagement management) {
		this.management = management;
	}

	/** The address a place's QR code encodes, for a place in the caller's scope. */
	public String address(CurrentUser user, long placeId, String baseUrl) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return base + "/p/" + this.management.qrToken(user, placeId);
	}

	/** The QR code of a place in the caller's scope, as a PNG image. */
	public byte[] png(CurrentUser user, long placeId, String baseUrl) {
		return png(address(user, placeId, baseUrl));
	}

	/** The same code as a vector image, for print shops. */
	public String svg(CurrentUser user, long placeId, String baseUrl) {
		return svg(address(user, placeId, baseUrl));
	}

	static byte[] png(String text) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix(text, SIZE), "PNG", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One square a module, one path: scales to any size without blurring. */
	static String svg(String text) {
		BitMatrix matrix = matrix(text, 0);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
				+ "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	private static BitMatrix matrix(String text, int size) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a place's address", ex);
		}
	}

}
