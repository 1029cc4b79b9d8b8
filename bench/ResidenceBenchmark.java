import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.LachanApplication;
import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.residence.internal.Channel;
import vn.lachan.residence.internal.DeclarationOutcome;
import vn.lachan.residence.internal.GuestInput;
import vn.lachan.residence.internal.PersonQuery;
import vn.lachan.residence.internal.StayFiles;
import vn.lachan.residence.internal.StayIntake;
import vn.lachan.residence.internal.StayManagement;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Residence benchmarks on PostgreSQL (run by bench/residence.sh):
 * <ol>
 * <li>a 100,000-row CSV of stays through the application's import (parse, validate,
 * encrypt, blind-index, batched inserts), against PostgreSQL COPY of the very same rows
 * into the same table in the same run;</li>
 * <li>exact ID search (the person search with a purpose, audited) over at least 1,000,000
 * stays: p50/p95/p99 of 1,000 searches.</li>
 * </ol>
 */
public class ResidenceBenchmark {

	static final String COLUMNS = "notification_id, accommodation_id, unit_id, group_id, full_name, name_index, "
			+ "birth_date, sex, nationality, foreigner, document_kind, document_number, document_index, reason, room, "
			+ "arrived_at, expected_departure, deadline_at, notified_at, late_minutes";

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(System.getProperty("rows", "100000"));
		int searchTarget = Integer.parseInt(System.getProperty("searchRows", "1000000"));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LachanApplication.class)
			.profiles("postgres")
			.properties("lachan.demo-data=true", "server.port=0", "logging.level.root=WARN",
					"logging.level.vn.lachan=INFO", "logging.level.vn.lachan.residence.internal.StayStore=DEBUG")
			.run();
		try {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			DataSource dataSource = context.getBean(DataSource.class);
			TerritoryCatalog territory = context.getBean(TerritoryCatalog.class);
			AccessCatalog access = context.getBean(AccessCatalog.class);
			long myXa = territory.findUnitByCode("13699", DemoData.AS_OF).orElseThrow().id();
			AccountSummary host = access.accountsOf(Role.HOST, myXa)
				.stream()
				.filter((a) -> a.username().equals("chunha"))
				.findFirst()
				.orElseThrow();
			CurrentUser chunha = new CurrentUser(host.id(), host.username(), host.displayName(), Role.HOST, myXa,
					Set.of(myXa), Set.of());
			AccountSummary officer = access.accountsOf(Role.WARD_OFFICER, myXa).get(0);
			CurrentUser myxa = new CurrentUser(officer.id(), officer.username(), officer.displayName(),
					Role.WARD_OFFICER, myXa, territory.subtreeIds(myXa), Set.of());
			List<Long> accommodations = jdbc.sql("""
					SELECT h.accommodation_id FROM accommodation_host h WHERE h.account_id = :a ORDER BY 1""")
				.param("a", host.id())
				.query(Long.class)
				.list();

			// 1. import vs COPY
			long seed = System.currentTimeMillis() % 100_000 * 1_000_000L;
			// warm-up (JIT, caches) with 20,000 other rows, as the COPY below runs warm too
			byte[] warmUp = csv(accommodations, 20_000, seed + 500_000);
			StayFiles.Content warm = StayFiles.read("warm.csv", new ByteArrayInputStream(warmUp));
			context.getBean(StayIntake.class)
				.declare(chunha, Channel.IMPORT, warm.rows(), "bench:" + warm.sha256(), warm.sha256());
			byte[] csv = csv(accommodations, rows, seed);
			jdbc.sql("ANALYZE stay").update();
			long started = System.nanoTime();
			StayFiles.Content content = StayFiles.read("bench.csv", new ByteArrayInputStream(csv));
			DeclarationOutcome outcome = context.getBean(StayIntake.class)
				.declare(chunha, Channel.IMPORT, content.rows(), "bench:" + content.sha256(), content.sha256());
			double importSeconds = (System.nanoTime() - started) / 1e9;
			if (outcome.added() != rows) {
				throw new IllegalStateException("imported " + outcome.added() + " of " + rows);
			}
			String ids = String.join(",",
					outcome.receipts().stream().map((r) -> String.valueOf(r.notificationId())).toList());
			double copySeconds;
			try (Connection connection = dataSource.getConnection()) {
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				StringWriter saved = new StringWriter();
				copy.copyOut("COPY (SELECT " + COLUMNS + " FROM stay WHERE notification_id IN (" + ids
						+ ") ORDER BY id) TO STDOUT", saved);
				connection.createStatement().executeUpdate("DELETE FROM stay WHERE notification_id IN (" + ids + ")");
				connection.createStatement().execute("VACUUM ANALYZE stay");
				long copyStarted = System.nanoTime();
				long copied = copy.copyIn("COPY stay (" + COLUMNS + ") FROM STDIN", new StringReader(saved.toString()));
				copySeconds = (System.nanoTime() - copyStarted) / 1e9;
				if (copied != rows) {
					throw new IllegalStateException("copied " + copied);
				}
			}

			// 2. exact search over >= 1,000,000 stays
			FieldEncryptor encryptor = context.getBean(FieldEncryptor.class);
			long existing = jdbc.sql("SELECT COUNT(*) FROM stay").query(Long.class).single();
			List<String> probes = new ArrayList<>();
			if (existing < searchTarget) {
				fill(dataSource, encryptor, outcome.receipts().get(0).notificationId(), accommodations.get(0), myXa,
						(int) (searchTarget - existing), probes);
			}
			else {
				Random random = new Random(7);
				for (int i = 0; i < 1000; i++) {
					probes.add(String.format("%012d", seed + 1 + random.nextInt(rows)));
				}
			}
			jdbc.sql("ANALYZE stay").update();
			long total = jdbc.sql("SELECT COUNT(*) FROM stay").query(Long.class).single();
			StayManagement stays = context.getBean(StayManagement.class);
			for (int i = 0; i < 200; i++) {
				stays.search(myxa, new PersonQuery(probes.get(i % probes.size()), null, null, "Benchmark warm-up"));
			}
			long[] nanos = new long[1000];
			int found = 0;
			for (int i = 0; i < nanos.length; i++) {
				long t = System.nanoTime();
				found += stays.search(myxa, new PersonQuery(probes.get(i % probes.size()), null, null,
						"Benchmark: exact search")).stays().size();
				nanos[i] = System.nanoTime() - t;
			}
			Arrays.sort(nanos);
			System.out.printf("%nRESULT rows=%d import_s=%.2f copy_s=%.2f ratio=%.2f%n", rows, importSeconds,
					copySeconds, importSeconds / copySeconds);
			System.out.printf("RESULT stays=%d searches=%d found=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f%n", total,
					nanos.length, found, nanos[500] / 1e6, nanos[950] / 1e6, nanos[990] / 1e6);
		}
		finally {
			context.close();
		}
	}

	static byte[] csv(List<Long> accommodations, int rows, long seed) {
		StringBuilder out = new StringBuilder(String.join(",", GuestInput.COLUMNS)).append('\n');
		LocalDateTime base = LocalDateTime.now(VietnamTime.ZONE).minusDays(3).truncatedTo(ChronoUnit.MINUTES);
		for (int i = 1; i <= rows; i++) {
			out.append(accommodations.get(i % accommodations.size()))
				.append(",Nguyễn Văn Khách ")
				.append(i)
				.append(",1990-01-")
				.append(String.format("%02d", 1 + i % 28))
				.append(",M,VN,CCCD,")
				.append(String.format("%012d", seed + i))
				.append(",Lao động,")
				.append(base.minusMinutes(i % 3000).toString().replace('T', ' '))
				.append(",,P")
				.append(i % 30)
				.append('\n');
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Adds filler stays with real encrypted names and numbers and blind indexes through COPY. */
	static void fill(DataSource dataSource, FieldEncryptor encryptor, long notification, long accommodation, long unit,
			int count, List<String> probes) throws Exception {
		Random random = new Random(11);
		long base = 900_000_000_000L + (System.currentTimeMillis() % 1000) * 10_000_000L;
		try (Connection connection = dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			int chunk = 100_000;
			for (int from = 0; from < count; from += chunk) {
				StringBuilder data = new StringBuilder();
				for (int i = from; i < Math.min(count, from + chunk); i++) {
					String number = String.format("%012d", base + i);
					if (probes.size() < 1000 && random.nextInt(Math.max(1, count / 2000)) == 0) {
						probes.add(number);
					}
					data.append(notification).append('\t').append(accommodation).append('\t').append(unit)
						.append("\t\\N\t").append(encryptor.encrypt("Khách " + i)).append('\t')
						.append(encryptor.blindIndex("khach " + i))
						.append("\t1990-01-01\tM\tVN\tf\tCCCD\t").append(encryptor.encrypt(number)).append('\t')
						.append(encryptor.blindIndex(number))
						.append("\t\\N\t\\N\t2024-01-01 10:00:00+07\t\\N\t2024-01-01 23:00:00+07\t2024-01-01 11:00:00+07\t0\n");
				}
				copy.copyIn("COPY stay (" + COLUMNS + ") FROM STDIN", new StringReader(data.toString()));
			}
		}
	}

}
