import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/two-instances.sh and bench/soak.sh: anonymous public tips through nginx, one
 * connection per request ({@code Connection: close}), every connection from its own loopback
 * source address (127.X.Y.Z) so that the public rate limit (per address, counted across the
 * instances) sees many citizens, each sending fewer requests than its limit allows.
 * <p>
 * Every other request carries an {@code Idempotency-Key} (header and body, the same value); a
 * keyed request that fails (connection refused or reset, 502/503/504, 409 while its first
 * attempt is in flight) is sent again with the same key for up to {@code retrySeconds}. Every
 * acknowledged tip (201) is written to {@code out} as {@code receipt key-or-dash description},
 * so that the script can look for each of them in the database afterwards; failures are counted
 * per second (after the kill, they tell how long nginx took to stop sending to the dead
 * instance).
 *
 * java bench/TwoInstancesClient.java <host> <port> <unitId> <clients> <seconds> <out> [rate/s]
 *     [retrySeconds] [workerBase]
 * <p>
 * With a rate (requests per second, all clients together) the client sends at that fixed rate
 * (a fixed-rate schedule: a late request is sent at once; when the period ends, those still
 * due are not sent, so a machine that cannot keep the rate shows a lower rate acknowledged)
 * instead of as fast as it can; soak.sh uses it.
 */
public class TwoInstancesClient {

	static final Pattern RECEIPT = Pattern.compile("\"receipt\"\\s*:\\s*\"([^\"]+)\"");

	static final Pattern UPSTREAM = Pattern.compile("(?im)^X-Upstream:\\s*(\\S+)");

	public static void main(String[] args) throws Exception {
		String host = args[0];
		int port = Integer.parseInt(args[1]);
		long unit = Long.parseLong(args[2]);
		int clients = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		Path out = Path.of(args[5]);
		double rate = (args.length > 6) ? Double.parseDouble(args[6]) : 0;
		int retrySeconds = (args.length > 7) ? Integer.parseInt(args[7]) : 15;
		int workerBase = (args.length > 8) ? Integer.parseInt(args[8]) : 10;
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		AtomicLong sent = new AtomicLong();
		AtomicLong acknowledged = new AtomicLong();
		AtomicLong replayed = new AtomicLong();
		AtomicLong gaveUp = new AtomicLong();
		AtomicLong[] failuresBySecond = new AtomicLong[seconds + retrySeconds + 5];
		AtomicLong[] acknowledgedBySecond = new AtomicLong[failuresBySecond.length];
		for (int i = 0; i < failuresBySecond.length; i++) {
			failuresBySecond[i] = new AtomicLong();
			acknowledgedBySecond[i] = new AtomicLong();
		}
		Map<String, AtomicLong> failureKinds = new TreeMap<>();
		Map<String, AtomicLong> upstreams = new TreeMap<>();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong ticket = new AtomicLong();
		long interval = (rate > 0) ? (long) (1_000_000_000L / rate) : 0;
		List<Thread> threads = new ArrayList<>();
		try (PrintWriter acks = new PrintWriter(Files.newBufferedWriter(out))) {
			for (int w = 0; w < clients; w++) {
				int worker = w;
				Thread thread = new Thread(() -> {
					long n = 0;
					while (true) {
						if (interval > 0) {
							long due = start + ticket.getAndIncrement() * interval;
							long wait = due - System.nanoTime();
							if (due >= end || System.nanoTime() >= end) {
								// the period is over (late requests still due are not sent)
								break;
							}
							if (wait > 0) {
								sleepNanos(wait);
							}
						}
						else if (System.nanoTime() >= end) {
							break;
						}
						n++;
						String name = (workerBase + worker) + "-" + n;
						// a new source address every 10 requests: 127.<worker>.<x>.<y>
						long slot = n / 10;
						String source = "127." + (workerBase + worker) + "." + ((slot / 250) % 250) + "."
								+ (slot % 250 + 1);
						String key = (n % 2 == 0) ? "two-" + ProcessHandle.current().pid() + "-" + name : null;
						String description = "Two instances tip " + ProcessHandle.current().pid() + "-" + name;
						String body = "{\"categoryCode\": \"noise\", \"description\": \"" + description
								+ "\", \"unitId\": " + unit + ", \"anonymous\": true"
								+ ((key != null) ? ", \"idempotencyKey\": \"" + key + "\"" : "") + "}";
						sent.incrementAndGet();
						long first = System.nanoTime();
						long giveUpAt = first + retrySeconds * 1_000_000_000L;
						while (true) {
							long before = System.nanoTime();
							String failure;
							try {
								Response response = post(source, host, port, body, key);
								if (response.status() == 201) {
									Matcher receipt = RECEIPT.matcher(response.body());
									if (!receipt.find()) {
										throw new IllegalStateException("201 without a receipt: " + response.body());
									}
									long now = System.nanoTime();
									latencies.add(now - first);
									acknowledged.incrementAndGet();
									acknowledgedBySecond[second(start, now, acknowledgedBySecond.length)]
										.incrementAndGet();
									if (response.head().contains("Idempotent-Replayed")) {
										replayed.incrementAndGet();
									}
									Matcher upstream = UPSTREAM.matcher(response.head());
									count(upstreams, upstream.find() ? upstream.group(1) : "?");
									synchronized (acks) {
										acks.println(receipt.group(1) + " " + ((key != null) ? key : "-") + " "
												+ description);
									}
									break;
								}
								failure = "http " + response.status();
							}
							catch (IOException ex) {
								failure = ex.getClass().getSimpleName();
							}
							failuresBySecond[second(start, before, failuresBySecond.length)].incrementAndGet();
							count(failureKinds, failure);
							if (key == null || System.nanoTime() > giveUpAt) {
								if (key != null) {
									gaveUp.incrementAndGet();
								}
								break;
							}
							sleepNanos(200_000_000L);
						}
					}
				});
				thread.start();
				threads.add(thread);
			}
			for (Thread thread : threads) {
				thread.join();
			}
		}
		long elapsed = System.nanoTime() - start;
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("sent %d, acknowledged %d (%.0f/s), replayed %d, keyed gave up %d, p50 %.1f ms, p99 %.1f ms%n",
				sent.get(), acknowledged.get(), acknowledged.get() / (seconds * 1.0), replayed.get(), gaveUp.get(),
				percentile(sorted, 0.50), percentile(sorted, 0.99));
		System.out.println("failed attempts by kind: " + failureKinds);
		System.out.println("acknowledged by upstream: " + upstreams);
		StringBuilder timeline = new StringBuilder();
		for (int s = 0; s < failuresBySecond.length && s * 1_000_000_000L < elapsed; s++) {
			timeline.append(String.format("%d:%d/%d ", s, acknowledgedBySecond[s].get(), failuresBySecond[s].get()));
		}
		System.out.println("per second (acknowledged/failed attempts): " + timeline.toString().trim());
	}

	record Response(int status, String head, String body) {
	}

	static Response post(String source, String host, int port, String body, String key) throws IOException {
		try (Socket socket = new Socket()) {
			socket.setSoTimeout(30_000);
			socket.bind(new InetSocketAddress(source, 0));
			socket.connect(new InetSocketAddress(host, port), 5_000);
			byte[] payload = body.getBytes(StandardCharsets.UTF_8);
			String head = "POST /api/v1/public/tips HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
					+ "Content-Type: application/json\r\nAccept: application/json\r\nConnection: close\r\n"
					+ ((key != null) ? "Idempotency-Key: " + key + "\r\n" : "") + "Content-Length: " + payload.length
					+ "\r\n\r\n";
			OutputStream output = socket.getOutputStream();
			output.write(head.getBytes(StandardCharsets.US_ASCII));
			output.write(payload);
			output.flush();
			InputStream input = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			input.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			if (!text.startsWith("HTTP/1.") || split < 0) {
				throw new IOException("incomplete answer");
			}
			int status = Integer.parseInt(text.substring(9, 12));
			return new Response(status, text.substring(0, split), text.substring(split + 4));
		}
	}

	static int second(long start, long at, int length) {
		return (int) Math.min(length - 1, Math.max(0, (at - start) / 1_000_000_000L));
	}

	static void count(Map<String, AtomicLong> counts, String what) {
		synchronized (counts) {
			counts.computeIfAbsent(what, (k) -> new AtomicLong()).incrementAndGet();
		}
	}

	static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	static void sleepNanos(long nanos) {
		try {
			Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
