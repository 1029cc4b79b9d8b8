package vn.lachan.community;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A gateway's webhook receiver over real HTTP on a free loopback port, as a Zalo OA
 * bridge or SMS gateway would be: it checks the signature, refuses the first attempts of
 * each delivery ({@code 503}), then takes the message in but loses its answer
 * ({@code 500}), then answers a repeat of a delivery it already has with {@code 200}
 * without taking it twice (its dedupe by the delivery id).
 */
final class WebhookReceiver implements AutoCloseable {

	/** Attempts refused before a delivery is taken in. */
	static final int REFUSED = 2;

	private final HttpServer server;

	private final String secret;

	private final List<String> requests = new ArrayList<>();

	private final Map<String, String> accepted = new LinkedHashMap<>();

	private final List<String> badSignatures = new ArrayList<>();

	private final List<String> answeredOk = new ArrayList<>();

	WebhookReceiver(String secret) throws IOException {
		this.secret = secret;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/hook", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	private synchronized void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String id = exchange.getRequestHeaders().getFirst("X-LaChan-Delivery");
		String timestamp = exchange.getRequestHeaders().getFirst("X-LaChan-Timestamp");
		String signature = exchange.getRequestHeaders().getFirst("X-LaChan-Signature");
		this.requests.add(id);
		if (!("sha256=" + sign(timestamp + "." + body)).equals(signature)) {
			this.badSignatures.add(id);
			answer(exchange, 401);
			return;
		}
		long attempts = this.requests.stream().filter(id::equals).count();
		if (attempts <= REFUSED) {
			answer(exchange, 503);
		}
		else if (!this.accepted.containsKey(id)) {
			this.accepted.put(id, body);
			answer(exchange, 500);
		}
		else {
			this.answeredOk.add(id);
			answer(exchange, 200);
		}
	}

	private static void answer(HttpExchange exchange, int status) throws IOException {
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	synchronized List<String> requests() {
		return List.copyOf(this.requests);
	}

	/** The deliveries taken in, each once, with their bodies. */
	synchronized Map<String, String> accepted() {
		return Map.copyOf(this.accepted);
	}

	/** The delivery ids answered {@code 200}, once per such answer. */
	synchronized List<String> answeredOk() {
		return List.copyOf(this.answeredOk);
	}

	synchronized List<String> badSignatures() {
		return List.copyOf(this.badSignatures);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
