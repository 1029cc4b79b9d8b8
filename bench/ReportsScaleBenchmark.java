import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.LachanApplication;
import vn.lachan.reports.ReportsCatalog;
import vn.lachan.reports.internal.DashboardPeriod;
import vn.lachan.reports.internal.DashboardSection;
import vn.lachan.reports.internal.periodic.PeriodicReport;
import vn.lachan.reports.internal.periodic.PeriodicReportBuilder;
import vn.lachan.reports.internal.periodic.PeriodicReportXlsx;
import vn.lachan.reports.internal.periodic.ReportPeriod;
import vn.lachan.shared.pdf.PdfDocuments;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Dashboard figures at scale (run by bench/reports-scale.sh): every dashboard section's
 * figures, as the dashboard asks for them, for the city (the committee's scope: every ward)
 * and a ward (Vị Hoàng), over the article's period (01/2021–04/2022) and one month
 * (03/2022); and the same figures of tips, stays and violations computed straight from
 * the source modules' tables in the same run; and the periodic report's generation time
 * (page model, PDF, XLSX) for the city and the ward over the article's period. Prints one
 * RESULT line per figure.
 */
public class ReportsScaleBenchmark {

	static final String OPEN = "status IN ('RECEIVED', 'ASSIGNED', 'VERIFYING')";

	static final String OVERDUE = OPEN + " AND ((classified_at IS NULL AND classify_by < :now) OR forward_by < :now)";

	public static void main(String[] args) throws Exception {
		long tips = Long.getLong("tips", 10_000_000L);
		long stays = Long.getLong("stays", 10_000_000L);
		long violations = Long.getLong("violations", 1_000_000L);
		int reps = Integer.getInteger("reps", 200);
		int sourceReps = Integer.getInteger("sourceReps", 10);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LachanApplication.class)
			.profiles("postgres")
			.properties("lachan.demo-data=true", "server.port=0", "logging.level.root=WARN",
					"spring.flyway.out-of-order=true")
			.run();
		try {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			TerritoryCatalog territory = context.getBean(TerritoryCatalog.class);
			long city = territory.findUnitByCode("356", DemoData.AS_OF).orElseThrow().id();
			long ward = territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
			Set<Long> cityUnits = territory.subtreeIds(city);
			Set<Long> wardUnits = territory.subtreeIds(ward);
			List<Long> wards = new ArrayList<>(new TreeSet<>(cityUnits));
			wards.remove(city);
			long have = jdbc.sql("SELECT COUNT(*) FROM report_tip").query(Long.class).single();
			if (have < tips) {
				System.out.printf("generating %,d tips, %,d stays, %,d violations over %d wards%n", tips, stays,
						violations, wards.size());
				ReportsScaleData.generate(context.getBean(DataSource.class), wards, tips, stays, violations);
			}
			System.out.println("RESULT rows " + jdbc.sql("""
					SELECT (SELECT COUNT(*) FROM tip) || ' tips, ' || (SELECT COUNT(*) FROM report_tip) || ' report_tip, '
					  || (SELECT COUNT(*) FROM stay) || ' stays, ' || (SELECT COUNT(*) FROM streets_violation) || ' violations, '
					  || (SELECT COUNT(*) FROM report_violation) || ' report_violation, '
					  || pg_size_pretty(pg_database_size(current_database()))""").query(String.class).single());
			System.out.println("RESULT rollup rows " + jdbc.sql("""
					SELECT (SELECT COUNT(*) FROM report_tip_count) || ' report_tip_count, '
					  || (SELECT COUNT(*) FROM report_tip_outcome_count) || ' report_tip_outcome_count, '
					  || (SELECT COUNT(*) FROM report_violation_count) || ' report_violation_count, '
					  || (SELECT COUNT(*) FROM report_stay_figures) || ' report_stay_figures'""").query(String.class).single());
			jdbc.sql("""
					SELECT version || ' ' || description || ': ' || execution_time || ' ms, installed ' || installed_on
					FROM flyway_schema_history WHERE version >= '202612040800' ORDER BY installed_rank""")
				.query(String.class)
				.list()
				.forEach((line) -> System.out.println("RESULT migration " + line));
			Map<String, DashboardSection> sections = new LinkedHashMap<>(
					context.getBeansOfType(DashboardSection.class));
			ReportsCatalog catalog = context.getBean(ReportsCatalog.class);
			CurrentUser committee = new CurrentUser(1, "committee", "bench", Role.COMMITTEE, city, cityUnits, Set.of());
			CurrentUser officer = new CurrentUser(2, "canbo", "bench", Role.WARD_OFFICER, ward, wardUnits, Set.of());
			DashboardPeriod article = new DashboardPeriod(DashboardPeriod.Preset.ARTICLE, DashboardPeriod.ARTICLE_FROM,
					DashboardPeriod.ARTICLE_TO, DemoData.AS_OF);
			LocalDate march = LocalDate.of(2022, 3, 1);
			DashboardPeriod month = new DashboardPeriod(DashboardPeriod.Preset.CUSTOM, march, march.plusMonths(1).minusDays(1),
					march.plusMonths(1).minusDays(1));
			Map<String, CurrentUser> scopes = Map.of("city", committee, "ward", officer);
			Map<String, DashboardPeriod> periods = Map.of("article", article, "month", month);
			for (String scope : List.of("city", "ward")) {
				for (String period : List.of("article", "month")) {
					CurrentUser user = scopes.get(scope);
					DashboardPeriod p = periods.get(period);
					for (Map.Entry<String, DashboardSection> section : sections.entrySet()) {
						if (!section.getValue().visibleTo(user)) {
							continue;
						}
						measure("rollup", section.getKey(), scope, period, reps,
								() -> section.getValue().figures(user, p));
					}
					measure("rollup", "territoryFigures", scope, period, reps,
							() -> catalog.territoryFigures(user.unitIds()));
					if (!Boolean.parseBoolean(System.getProperty("source", "true"))) {
						continue;
					}
					measure("source", "tipDashboardSection", scope, period, sourceReps,
							() -> tipsFromSource(jdbc, user.unitIds(), p));
					measure("source", "streetsDashboardSection", scope, period, sourceReps,
							() -> streetsFromSource(jdbc, user.unitIds(), p));
					measure("source", "residenceSection", scope, period, sourceReps,
							() -> staysFromSource(jdbc, user.unitIds()));
				}
			}
			report(context, scopes, reps);
			System.out.println("RESULT load " + new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim());
		}
		finally {
			context.close();
		}
	}

	/**
	 * The periodic report's generation time over the article's period, for the city and
	 * the ward, on the units of the period's last day: its page model (every section's
	 * figures and sentences, for the period, the one before and the year before), and
	 * that model written as a PDF and as an XLSX (each measured with its model, as a
	 * download asks for it): reps / 10 calls each (at least 5; -DreportReps), at most
	 * maxSeconds of calls after the third.
	 */
	static void report(ConfigurableApplicationContext context, Map<String, CurrentUser> scopes, int reps) {
		PeriodicReportBuilder builder = context.getBean(PeriodicReportBuilder.class);
		PdfDocuments pdf = context.getBean(PdfDocuments.class);
		PeriodicReportXlsx xlsx = context.getBean(PeriodicReportXlsx.class);
		ReportPeriod period = ReportPeriod.of(ReportPeriod.Kind.CUSTOM, DashboardPeriod.ARTICLE_FROM,
				DashboardPeriod.ARTICLE_TO);
		LocalDate unitsOn = period.stateOn(LocalDate.now(VietnamTime.ZONE));
		Locale locale = Locale.forLanguageTag("vi");
		int n = Integer.getInteger("reportReps", Math.max(5, reps / 10));
		DateTimeFormatter generated = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VietnamTime.ZONE);
		for (String scope : List.of("city", "ward")) {
			CurrentUser user = scopes.get(scope);
			Supplier<PeriodicReport> model = () -> builder.build(user, user.unitId(), period, unitsOn, locale);
			measure("report", "periodicReport.model", scope, "article", n, () -> model.get());
			int[] size = new int[2];
			measure("report", "periodicReport.pdf", scope, "article", n, () -> {
				PeriodicReport report = model.get();
				Map<String, Object> variables = new HashMap<>();
				variables.put("report", report);
				variables.put("generated", generated.format(report.generatedAt()));
				variables.put("font", PdfDocuments.FONT_FAMILY);
				byte[] bytes = pdf.render("reports/periodic-pdf", variables, locale);
				size[0] = bytes.length;
				return bytes;
			});
			measure("report", "periodicReport.xlsx", scope, "article", n, () -> {
				byte[] bytes = xlsx.write(model.get(), locale);
				size[1] = bytes.length;
				return bytes;
			});
			System.out.printf("RESULT report sizes | %s | pdf %,d bytes | xlsx %,d bytes |%n", scope, size[0],
					size[1]);
		}
	}

	static void measure(String path, String figure, String scope, String period, int reps, Supplier<Object> call) {
		int warm = (reps < 20) ? 1 : reps / 20;
		for (int i = 0; i < warm; i++) {
			call.get();
		}
		List<Double> times = new ArrayList<>();
		long deadline = System.nanoTime() + Long.getLong("maxSeconds", 15L) * 1_000_000_000L;
		while (times.size() < reps && (times.size() < 3 || System.nanoTime() < deadline)) {
			long start = System.nanoTime();
			call.get();
			times.add((System.nanoTime() - start) / 1e6);
		}
		double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		System.out.printf("RESULT | %s | %s | %s | %s | %d | %.1f | %.1f | %.1f |%n", figure, scope, period, path,
				sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
	}

	static double pct(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	// The same figures as TipDashboardSection, straight from the tips module's tables.
	static Object tipsFromSource(JdbcClient jdbc, Set<Long> units, DashboardPeriod period) {
		List<Object> out = new ArrayList<>();
		Map<String, Object> now = Map.of("units", List.copyOf(units), "now",
				java.time.Instant.now().atOffset(ZoneOffset.UTC));
		out.add(jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN " + OVERDUE + " THEN 1 ELSE 0 END), 0) FROM tip WHERE "
				+ OPEN + " AND unit_id IN (:units)").params(now).query().listOfRows());
		for (DashboardPeriod p : List.of(period, period.previous())) {
			Map<String, Object> params = new LinkedHashMap<>(now);
			params.put("from", p.from().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
			params.put("to", p.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
			String where = " FROM tip t WHERE t.unit_id IN (:units) AND t.received_at >= :from AND t.received_at < :to";
			out.add(jdbc.sql("SELECT COUNT(*)" + where).params(params).query().listOfRows());
			out.add(jdbc.sql("SELECT COUNT(*)" + where + " AND " + OVERDUE).params(params).query().listOfRows());
			for (String column : List.of("category_code", "channel", "status")) {
				out.add(jdbc.sql("SELECT t." + column + ", COUNT(*)" + where + " GROUP BY t." + column)
					.params(params)
					.query()
					.listOfRows());
			}
			out.add(jdbc.sql("""
					SELECT o.kind, o.offence_category, COUNT(DISTINCT o.tip_id), SUM(o.cases), SUM(o.suspects)
					FROM tip_outcome o JOIN tip t ON t.id = o.tip_id
					WHERE t.unit_id IN (:units) AND t.received_at >= :from AND t.received_at < :to AND t.status = 'RESOLVED'
					GROUP BY o.kind, o.offence_category""").params(params).query().listOfRows());
		}
		for (YearMonth m = YearMonth.from(period.from()); !m.atDay(1).isAfter(period.to()); m = m.plusMonths(1)) {
			out.add(jdbc.sql("SELECT category_code, COUNT(*) FROM tip WHERE unit_id IN (:units) AND received_at >= :from "
					+ "AND received_at < :to GROUP BY category_code")
				.param("units", List.copyOf(units))
				.param("from", m.atDay(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
				.param("to", m.plusMonths(1).atDay(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
				.query()
				.listOfRows());
		}
		if (units.size() > 1) {
			out.add(jdbc.sql("SELECT unit_id, COUNT(*) FROM tip WHERE unit_id IN (:units) AND received_at >= :from "
					+ "AND received_at < :to GROUP BY unit_id")
				.param("units", List.copyOf(units))
				.param("from", period.from().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
				.param("to", period.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
				.query()
				.listOfRows());
		}
		return out;
	}

	// The same figures as StreetsDashboardSection, straight from the streets module's table.
	static Object streetsFromSource(JdbcClient jdbc, Set<Long> units, DashboardPeriod p) {
		String where = " FROM streets_violation WHERE unit_id IN (:units) AND occurred_on >= :from AND occurred_on <= :to";
		List<Object> out = new ArrayList<>();
		for (String sql : Arrays.asList("SELECT type_code, COUNT(*)" + where + " GROUP BY type_code",
				"SELECT step, COUNT(*)" + where + " GROUP BY step", "SELECT unit_id, COUNT(*)" + where + " GROUP BY unit_id",
				"SELECT EXTRACT(YEAR FROM occurred_on), EXTRACT(MONTH FROM occurred_on), COUNT(*)" + where
						+ " GROUP BY 1, 2",
				"SELECT COUNT(fine_amount), COALESCE(SUM(fine_amount), 0)" + where + " AND decided_on IS NOT NULL",
				"SELECT COUNT(fine_amount), COALESCE(SUM(fine_amount), 0)" + where + " AND paid_on IS NOT NULL")) {
			out.add(jdbc.sql(sql)
				.param("units", List.copyOf(units))
				.param("from", p.from())
				.param("to", p.to())
				.query()
				.listOfRows());
		}
		return out;
	}

	// The same figures as ResidenceSection, straight from the residence module's tables.
	static Object staysFromSource(JdbcClient jdbc, Set<Long> units) {
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		return List.of(jdbc.sql("""
				SELECT COUNT(*) FILTER (WHERE departed_at IS NULL), COUNT(*) FILTER (WHERE departed_at IS NULL AND foreigner),
				  COUNT(*) FILTER (WHERE late_minutes > 0), COUNT(DISTINCT notification_id)
				FROM stay WHERE unit_id IN (:units)""").param("units", List.copyOf(units)).query().listOfRows(),
				jdbc.sql("SELECT COUNT(*) FROM temporary_residence WHERE status = 'ACTIVE' AND unit_id IN (:units) "
						+ "AND ends_on BETWEEN :today AND :until")
					.param("units", List.copyOf(units))
					.param("today", today)
					.param("until", today.plusDays(15))
					.query()
					.listOfRows());
	}

}
