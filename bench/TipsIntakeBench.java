import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained anonymous tip intake: the application's public JSON endpoint over HTTP against a
 * plain JDBC insert-and-commit loop into the same table, same database, same run.
 *
 * java -cp postgresql.jar bench/TipsIntakeBench.java <baseUrl> <jdbcUrl> <user> <password>
 *     <unitId> <clients> <warmupSeconds> <seconds> [both|jdbc-only|http-only]
 *
 * bench/tips-intake.sh runs the JDBC loop from here and the HTTP side with wrk, which costs
 * the machine far less CPU per request than this class's java.net.http client (on 2 cores
 * that client took 0.5-0.7 of a core at ~1,300 requests a second, starving the application
 * it measured). The http modes stay for machines without wrk.
 */
public class TipsIntakeBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String jdbcUrl = args[1];
		String user = args[2];
		String password = args[3];
		long unitId = Long.parseLong(args[4]);
		int clients = Integer.parseInt(args[5]);
		int warmup = Integer.parseInt(args[6]);
		int seconds = Integer.parseInt(args[7]);

		String mode = (args.length > 8) ? args[8] : "both";
		boolean httpOnly = mode.equals("http-only");
		boolean jdbcOnly = mode.equals("jdbc-only");
		Result jdbc = httpOnly ? new Result("jdbc (skipped)", clients, seconds, 0, 0, new long[0]) : run("jdbc", clients, warmup, seconds, () -> {
			Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
			connection.setAutoCommit(true);
			PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO tip (receipt_code, category_code, channel, status, urgent, unit_id, received_at,
					  description, search_text, reporter_kind, classify_by, forward_by, updated_at, version)
					VALUES (?, 'noise', 'WEB', 'RECEIVED', FALSE, ?, ?, ?, ?, 'ANONYMOUS', ?, ?, ?, 0)""");
			return () -> {
				Instant now = Instant.now();
				String code = "BJ-" + UUID.randomUUID().toString().substring(0, 15);
				insert.setString(1, code);
				insert.setLong(2, unitId);
				insert.setTimestamp(3, Timestamp.from(now));
				insert.setString(4, "Bench JDBC tip " + code);
				insert.setString(5, "bench jdbc tip " + code.toLowerCase());
				insert.setTimestamp(6, Timestamp.from(now.plusSeconds(86400)));
				insert.setTimestamp(7, Timestamp.from(now.plusSeconds(7 * 86400)));
				insert.setTimestamp(8, Timestamp.from(now));
				insert.executeUpdate();
				return true;
			};
		});
		if (jdbcOnly) {
			jdbc.print();
			return;
		}
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Result web = run("http", clients, warmup, seconds, () -> () -> {
			String body = "{\"categoryCode\": \"noise\", \"description\": \"Bench HTTP tip " + UUID.randomUUID()
					+ "\", \"unitId\": " + unitId + ", \"anonymous\": true}";
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/public/tips"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 201;
		});
		System.out.println();
		System.out.printf("| path | clients | seconds | requests | errors | per second | p50 ms | p90 ms | p99 ms |%n");
		System.out.printf("|---|---|---|---|---|---|---|---|---|%n");
		jdbc.print();
		web.print();
		if (!httpOnly) {
			System.out.printf("%nHTTP rate / JDBC rate = %.1f %%%n", 100.0 * web.rate() / jdbc.rate());
		}
	}

	interface Call {

		boolean call() throws Exception;

	}

	interface Setup {

		Call open() throws Exception;

	}

	record Result(String name, int clients, int seconds, long count, long errors, long[] latencies) {

		double rate() {
			return (double) this.count / this.seconds;
		}

		double percentile(double p) {
			if (this.latencies.length == 0) {
				return 0;
			}
			int index = (int) Math.min(this.latencies.length - 1, Math.ceil(p * this.latencies.length) - 1);
			return this.latencies[Math.max(0, index)] / 1_000_000.0;
		}

		void print() {
			System.out.printf("| %s | %d | %d | %d | %d | %.0f | %.1f | %.1f | %.1f |%n", this.name, this.clients,
					this.seconds, this.count, this.errors, rate(), percentile(0.50), percentile(0.90),
					percentile(0.99));
		}

	}

	static Result run(String name, int clients, int warmup, int seconds, Setup setup) throws Exception {
		long start = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
		long end = start + Duration.ofSeconds(seconds).toNanos();
		AtomicLong errors = new AtomicLong();
		List<long[]> perThread = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(clients);
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < clients; t++) {
			long[] latencies = new long[2_000_000];
			int[] count = new int[1];
			perThread.add(latencies);
			Call call = setup.open();
			Thread thread = new Thread(() -> {
				try {
					while (true) {
						long before = System.nanoTime();
						if (before >= end) {
							break;
						}
						boolean ok;
						try {
							ok = call.call();
						}
						catch (Exception ex) {
							ok = false;
						}
						long after = System.nanoTime();
						if (before >= start) {
							if (ok) {
								latencies[count[0]++] = after - before;
							}
							else {
								errors.incrementAndGet();
							}
						}
					}
				}
				finally {
					synchronized (counts) {
						counts.add(count[0]);
					}
					done.countDown();
				}
			});
			thread.setName(name + "-" + t);
			threads.add(thread);
		}
		threads.forEach(Thread::start);
		done.await();
		long total = 0;
		for (int i = 0; i < perThread.size(); i++) {
			total += Arrays.stream(perThread.get(i)).filter((v) -> v > 0).count();
		}
		long[] all = new long[(int) total];
		int k = 0;
		for (long[] latencies : perThread) {
			for (long v : latencies) {
				if (v > 0) {
					all[k++] = v;
				}
			}
		}
		Arrays.sort(all);
		System.out.printf("%s: %d ok, %d errors in %d s%n", name, total, errors.get(), seconds);
		return new Result(name, clients, seconds, total, errors.get(), all);
	}

}
