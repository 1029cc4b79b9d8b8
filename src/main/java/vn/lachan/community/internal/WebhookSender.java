package vn.lachan.community.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Posts a delivery to a gateway's webhook (a Zalo Official Account bridge, an SMS
 * gateway) as JSON, signed: {@code X-LaChan-Signature: sha256=<hex HMAC-SHA256 of
 * timestamp + "." + body>} with the gateway's secret, {@code X-LaChan-Timestamp}, and
 * {@code X-LaChan-Delivery} carrying the delivery's id, the same on every retry, so the
 * receiver drops a repeat.
 */
@Component
class WebhookSender {

	static final String SIGNATURE = "X-LaChan-Signature";

	static final String TIMESTAMP = "X-LaChan-Timestamp";

	static final String DELIVERY = "X-LaChan-Delivery";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/**
	 * Posts one message; fails with {@link WebhookFailed} (its text safe to store: no
	 * personal data) unless the gateway answered 2xx.
	 */
	void send(String url, String secret, String deliveryKey, Map<String, Object> payload, Instant now) {
		String body = JSON.writeValueAsString(payload);
		String timestamp = Long.toString(now.getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=utf-8")
			.header(DELIVERY, deliveryKey)
			.header(TIMESTAMP, timestamp)
			.header(SIGNATURE, "sha256=" + sign(secret, timestamp + "." + body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 != 2) {
				throw new WebhookFailed("HTTP " + response.statusCode());
			}
		}
		catch (IOException ex) {
			throw new WebhookFailed(ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WebhookFailed("interrupted");
		}
	}

	static String sign(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A webhook the gateway did not accept. */
	static final class WebhookFailed extends RuntimeException {

		WebhookFailed(String message) {
			super(message);
		}

	}

}
