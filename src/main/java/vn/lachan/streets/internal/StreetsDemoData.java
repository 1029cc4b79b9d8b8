package vn.lachan.streets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamSummary;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.streets.OffenderKind;
import vn.lachan.streets.ViolationStep;
import vn.lachan.streets.ViolationsRecorded;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Vị Hoàng's 76 handled urban-order violations of 2021 to April 2022, as the article
 * counts them: stalls and goods on sidewalks, signboards, tarpaulins and awnings, street
 * vending; most removed after a reminder or a signed commitment, eleven fined within NĐ
 * 100/2019's frame (one re-offending shop enforced). Street names are those of the ward's
 * centre; people and shops are invented.
 */
@Component
@Order(DemoData.ACCESS_ORDER + 40)
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "true")
class StreetsDemoData implements ApplicationRunner {

	static final int VIOLATIONS = 76;

	private static final Logger log = LoggerFactory.getLogger(StreetsDemoData.class);

	private static final String[] STREETS = { "phố Hàng Sắt", "đường Trần Nhật Duật", "phố Vị Xuyên", "phố Hàng Cau",
			"đường Trần Hưng Đạo", "phố Vị Hoàng", "phố Cột Cờ" };

	private static final String[] TYPES = { "SIDEWALK_STALL", "SIGNBOARD", "SIDEWALK_STALL", "TARPAULIN",
			"SIDEWALK_STALL", "AWNING", "SIGNBOARD", "SIDEWALK_STALL", "TARPAULIN", "STREET_VENDING" };

	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đỗ", "Hoàng", "Bùi" };

	private static final String[] GIVEN = { "Thị Hoa", "Văn Hùng", "Thị Lan", "Văn Nam", "Thị Thu", "Đức Minh",
			"Thị Hằng", "Văn Tuấn", "Thị Mai" };

	private static final String[] SUMMARIES = { "SIDEWALK_STALL:Bày bàn ghế, hàng hóa lấn chiếm vỉa hè",
			"SIGNBOARD:Đặt biển quảng cáo chân đứng trên vỉa hè", "TARPAULIN:Căng bạt che nắng ra hết vỉa hè",
			"AWNING:Làm mái che di động lấn ra vỉa hè", "STREET_VENDING:Bán hàng rong dưới lòng đường" };

	private final TerritoryCatalog territory;

	private final AccessCatalog accounts;

	private final ForcesCatalog forces;

	private final ViolationRepository violations;

	private final SanctionQueries catalogue;

	private final WorkingCalendar calendar;

	private final FieldEncryptor encryptor;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	StreetsDemoData(TerritoryCatalog territory, AccessCatalog accounts, ForcesCatalog forces,
			ViolationRepository violations, SanctionQueries catalogue, WorkingCalendar calendar,
			FieldEncryptor encryptor, JdbcClient jdbc, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.territory = territory;
		this.accounts = accounts;
		this.forces = forces;
		this.violations = violations;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.encryptor = encryptor;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		long existing = this.jdbc.sql("SELECT COUNT(*) FROM streets_violation WHERE unit_id = :unit")
			.param("unit", viHoang)
			.query(Long.class)
			.single();
		if (existing > 0) {
			return;
		}
		AccountSummary member = this.accounts.accountsOf(Role.FORCE_MEMBER, viHoang).get(0);
		AccountSummary officer = this.accounts.accountsOf(Role.WARD_OFFICER, viHoang).get(0);
		Actor finder = new Actor(member.id(), member.displayName(), false);
		Actor ward = new Actor(officer.id(), officer.displayName(), true);
		Long team = this.forces.teamsOf(viHoang)
			.stream()
			.filter((t) -> "SECURITY".equals(t.kind()))
			.map(TeamSummary::id)
			.findFirst()
			.orElse(null);
		List<Long> groups = this.territory.groupsOf(viHoang).stream().map(ResidentialGroupSummary::id).toList();
		WorkingDays days = this.calendar.workingDays();
		Random random = new Random(76);
		List<Violation> handled = new ArrayList<>();
		List<Case> cases = new ArrayList<>();
		LocalDate first = LocalDate.of(2021, 1, 4);
		for (int i = 0; i < VIOLATIONS; i++) {
			LocalDate day = first.plusDays(i * 474L / (VIOLATIONS - 1));
			boolean fined = i % 7 == 3;
			Case c = (fined && i >= 5) ? cases.get(i - 5).again(day) : fresh(i, day, groups, random);
			cases.add(c);
			Violation violation = Violation.detect(draft(viHoang, team, c), finder, at(day, 8));
			if (!fined) {
				boolean commitment = i % 3 == 0;
				violation.advance(commitment ? ViolationStep.COMMITMENT_SIGNED : ViolationStep.REMINDED, day,
						commitment ? "Chủ hộ ký cam kết tự tháo dỡ, không tái phạm" : "Nhắc nhở, yêu cầu tự tháo dỡ",
						false, null, finder, at(day, 9), days);
				LocalDate done = day.plusDays(1 + i % 2);
				violation.advance(ViolationStep.COMPLIED, done, "Đã tự tháo dỡ, trả lại vỉa hè", false, null, finder,
						at(done, 16), days);
			}
			else {
				fine(violation, c, i, day, finder, ward, days);
			}
			handled.add(violation);
		}
		this.transactions.executeWithoutResult((status) -> {
			List<Violation> saved = this.violations.saveAll(handled);
			ViolationsRecorded.inChunks(saved.stream().map(Violation::facts).toList())
				.forEach(this.events::publishEvent);
		});
		log.info("Demo streets loaded: {} handled urban-order violations of Vị Hoàng", VIOLATIONS);
	}

	private void fine(Violation violation, Case c, int i, LocalDate day, Actor finder, Actor ward, WorkingDays days) {
		LocalDate record = day;
		if (i == 38) {
			violation.advance(ViolationStep.WORKING_RECORD, day, "Lập biên bản làm việc, chuyển Công an phường", false,
					null, finder, at(day, 10), days);
			record = days.plus(day, 1);
		}
		Sanction sanction = this.catalogue.inForce(c.type(), day).orElseThrow();
		violation.advance(ViolationStep.VIOLATION_RECORD, record,
				(i >= 5) ? "Tái phạm sau khi đã được nhắc nhở" : "Không chấp hành yêu cầu tự tháo dỡ", false, sanction,
				ward, at(record, 10), days);
		boolean vending = "STREET_VENDING".equals(c.type());
		String title = vending ? "COMMUNE_POLICE_CHIEF" : "COMMUNE_CHAIR";
		long amount = (c.kind() == OffenderKind.BUSINESS) ? sanction.min(c.kind())
				: sanction.min(c.kind()) + ((i % 2 == 0) ? 0 : (vending ? 50_000 : 500_000));
		LocalDate decided = days.plus(record, 3);
		violation.decide(sanction, this.catalogue.competence(sanction.decreeCode(), title).orElseThrow(), title, amount,
				decided, "Quyết định xử phạt vi phạm hành chính", ward, at(decided, 14));
		LocalDate paid = decided.plusDays(5);
		if (i == 73) {
			violation.advance(ViolationStep.ENFORCED, decided.plusDays(11),
					"Không tự khắc phục; phường tổ chức cưỡng chế tháo dỡ", false, sanction, ward,
					at(decided.plusDays(11), 9), days);
		}
		else {
			violation.advance(ViolationStep.PAID, paid, "Đã nộp phạt tại Kho bạc", false, sanction, ward, at(paid, 15),
					days);
		}
	}

	private Case fresh(int i, LocalDate day, List<Long> groups, Random random) {
		String type = TYPES[i % TYPES.length];
		boolean business = "SIGNBOARD".equals(type) || "AWNING".equals(type);
		String person = SURNAMES[i % SURNAMES.length] + " " + GIVEN[(i * 5) % GIVEN.length];
		String name = business ? "Hộ kinh doanh " + person : person;
		String identifier = business ? String.format("06%08d", 10_000_000 + i * 7_919) : null;
		String address = "Số " + (2 + (i * 13) % 180) + " " + STREETS[i % STREETS.length];
		BigDecimal lat = BigDecimal.valueOf(20.4374 + (random.nextDouble() - 0.5) * 0.006)
			.setScale(6, RoundingMode.HALF_UP);
		BigDecimal lon = BigDecimal.valueOf(106.1829 + (random.nextDouble() - 0.5) * 0.006)
			.setScale(6, RoundingMode.HALF_UP);
		Long group = groups.isEmpty() ? null : groups.get(i % groups.size());
		return new Case(type, business ? OffenderKind.BUSINESS : OffenderKind.PERSON, name, identifier, address, lat,
				lon, group, day);
	}

	private ViolationDraft draft(long unit, Long team, Case c) {
		String summary = java.util.Arrays.stream(SUMMARIES)
			.filter((s) -> s.startsWith(c.type() + ":"))
			.map((s) -> s.substring(s.indexOf(':') + 1))
			.findFirst()
			.orElse(null);
		return new ViolationDraft(unit, c.group(), c.type(), at(c.day(), 8), c.day(), c.address(),
				OffenderKeys.address(c.address()), c.latitude(), c.longitude(), summary, c.kind(),
				this.encryptor.encrypt(c.name()),
				(c.identifier() != null) ? this.encryptor.encrypt(c.identifier()) : null,
				OffenderKeys.offender(this.encryptor, c.kind(), c.name(), c.identifier()), team, null, null);
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 30).atZone(VietnamTime.ZONE).toInstant();
	}

	private record Case(String type, OffenderKind kind, String name, String identifier, String address,
			BigDecimal latitude, BigDecimal longitude, Long group, LocalDate day) {

		Case again(LocalDate on) {
			return new Case(this.type, this.kind, this.name, this.identifier, this.address, this.latitude,
					this.longitude, this.group, on);
		}

	}

}
