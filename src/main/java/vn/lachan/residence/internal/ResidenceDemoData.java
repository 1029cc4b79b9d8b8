package vn.lachan.residence.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

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
import vn.lachan.residence.AccommodationKind;
import vn.lachan.residence.AccommodationSummary;
import vn.lachan.residence.StaysNotified;
import vn.lachan.residence.TemporaryResidenceChanged;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Accommodations and a few thousand stays of the last weeks across Nam Định, mostly in Mỹ
 * Xá and Thống Nhất (some late, some foreign; three of them hosted by {@code chunha}),
 * temporary residents of Mỹ Xá, and the area officer {@code khuvucmyxa} (Mỹ Xá groups
 * 1–2). Loaded once, in one transaction, with multi-row inserts.
 */
@Component
@Order(DemoData.ACCESS_ORDER + 10)
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "true")
class ResidenceDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ResidenceDemoData.class);

	static final String AREA_OFFICER = "khuvucmyxa";

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
			"Ngô" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Hải" };

	private static final String[] GIVEN = { "An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hùng", "Lan", "Linh", "Long",
			"Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Yến" };

	private static final String HOST = "chunha";

	private static final String[][] FOREIGN = { { "CN", "Wang Lei" }, { "KR", "Kim Min Jun" }, { "JP", "Sato Haruto" },
			{ "CN", "Li Na" }, { "KR", "Park Ji Woo" } };

	private final JdbcClient jdbc;

	private final StayRepository stays;

	private final AccommodationRepository accommodations;

	private final StayDeadlineRuleQueries rules;

	private final TerritoryCatalog territory;

	private final AccessCatalog access;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final FieldEncryptor encryptor;

	ResidenceDemoData(JdbcClient jdbc, StayRepository stays, AccommodationRepository accommodations,
			StayDeadlineRuleQueries rules, TerritoryCatalog territory, AccessCatalog access,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock, FieldEncryptor encryptor) {
		this.encryptor = encryptor;
		this.jdbc = jdbc;
		this.stays = stays;
		this.accommodations = accommodations;
		this.rules = rules;
		this.territory = territory;
		this.access = access;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accommodations.count() > 0) {
			return;
		}
		long started = System.nanoTime();
		int[] counts = this.transactions.execute((status) -> load());
		log.info("Demo residence loaded: {} accommodations, {} stays, area officer {} in {} ms", counts[0], counts[1],
				AREA_OFFICER, (System.nanoTime() - started) / 1_000_000);
	}

	private int[] load() {
		Random random = new Random(2022);
		AdminUnitSummary myXa = ward("13699");
		List<ResidentialGroupSummary> myXaGroups = this.territory.groupsOf(myXa.id());
		long officer = areaOfficer(myXa);
		long host = this.access.accountsOf(Role.HOST, myXa.id())
			.stream()
			.filter((a) -> a.username().equals(HOST))
			.map(AccountSummary::id)
			.findFirst()
			.orElseThrow();
		Instant now = this.clock.instant();
		List<long[]> created = new ArrayList<>();
		created.add(accommodation(AccommodationKind.BOARDING_HOUSE, "Nhà trọ Hòa Xá", "Số 12 ngõ 5 đường Hòa Xá", myXa,
				myXaGroups.get(0), 14, 28, Set.of(host), officer, false, now));
		created.add(accommodation(AccommodationKind.BOARDING_HOUSE, "Nhà trọ An Xá", "Số 3 đường An Xá", myXa,
				myXaGroups.get(0), 10, 20, Set.of(host), officer, false, now));
		created.add(accommodation(AccommodationKind.GUEST_HOUSE, "Nhà nghỉ Mỹ Xá", "Số 88 đường Lê Đức Thọ", myXa,
				myXaGroups.get(1), 12, 18, Set.of(host), officer, true, now));
		for (int i = 1; i <= 12; i++) {
			ResidentialGroupSummary group = myXaGroups.get(i % myXaGroups.size());
			created.add(accommodation(AccommodationKind.BOARDING_HOUSE, "Khu trọ công nhân số " + i,
					"Tổ " + (i % myXaGroups.size() + 1) + ", phường Mỹ Xá", myXa, group, 8 + i, 16 + 2 * i, Set.of(),
					(group.id() == myXaGroups.get(0).id() || group.id() == myXaGroups.get(1).id()) ? officer : null,
					i % 4 == 0, now));
		}
		AdminUnitSummary thongNhat = ward("13681");
		List<ResidentialGroupSummary> tnGroups = this.territory.groupsOf(thongNhat.id());
		for (int i = 1; i <= 6; i++) {
			created.add(accommodation((i == 1) ? AccommodationKind.HOTEL : AccommodationKind.GUEST_HOUSE,
					(i == 1) ? "Khách sạn Thống Nhất" : "Nhà nghỉ Trường Chinh " + i,
					"Đường Trường Chinh số " + (10 * i), thongNhat, tnGroups.get(i % tnGroups.size()), 20, 30, Set.of(),
					null, i <= 2, now));
		}
		for (String code : List.of("13639", "13696", "13663")) {
			AdminUnitSummary ward = ward(code);
			List<ResidentialGroupSummary> groups = this.territory.groupsOf(ward.id());
			created.add(accommodation(AccommodationKind.HOUSEHOLD, "Hộ gia đình cho thuê " + ward.name(), ward.name(),
					ward, groups.isEmpty() ? null : groups.get(0), 3, 5, Set.of(), null, false, now));
		}
		StayDeadlineRules deadlineRules = this.rules.current();
		int total = 0;
		for (int a = 0; a < created.size(); a++) {
			AccommodationSummary accommodation = this.accommodations.find(created.get(a)[0]).orElseThrow();
			boolean quiet = a == 14;
			int days = quiet ? 0 : 40;
			int perDay = (a < 15) ? 4 : (a < 21) ? 2 : 1;
			for (int d = days; d >= 1; d--) {
				total += notification(accommodation, now.minus(Duration.ofDays(d)), perDay, random, deadlineRules,
						created.get(a)[1] == 1);
			}
		}
		residents(myXa, myXaGroups, random, now);
		return new int[] { created.size(), total };
	}

	private int notification(AccommodationSummary accommodation, Instant day, int guests, Random random,
			StayDeadlineRules rules, boolean foreign) {
		long accommodationId = accommodation.id();
		Instant arrival = day.minus(Duration.ofMinutes(random.nextInt(600)));
		List<ParsedGuest> list = new ArrayList<>();
		for (int g = 0; g < guests; g++) {
			list.add(guest(accommodationId, arrival, random, foreign && random.nextInt(5) == 0));
		}
		boolean late = random.nextInt(12) == 0;
		Instant notifiedAt = late ? arrival.plus(Duration.ofHours(14 + random.nextInt(20)))
				: arrival.plus(Duration.ofMinutes(20 + random.nextInt(90)));
		Receipt receipt = this.stays.insertNotification(accommodation, Channel.WEB, null, notifiedAt);
		int added = this.stays.insertStays(receipt.notificationId(), accommodation, list, rules, notifiedAt);
		boolean departed = day.isBefore(this.clock.instant().minus(Duration.ofDays(5 + random.nextInt(5))));
		if (departed) {
			this.jdbc.sql("UPDATE stay SET departed_at = :at WHERE notification_id = :n")
				.param("at", OffsetDateTime.ofInstant(arrival.plus(Duration.ofDays(2)), ZoneOffset.UTC))
				.param("n", receipt.notificationId())
				.update();
		}
		this.accommodations.touch(accommodationId, notifiedAt);
		int foreigners = (int) list.stream().filter((g) -> g.kind() == GuestKind.FOREIGNER).count();
		int lateGuests = this.jdbc.sql("SELECT COUNT(*) FROM stay WHERE notification_id = :n AND late_minutes > 0")
			.param("n", receipt.notificationId())
			.query(Integer.class)
			.single();
		this.events.publishEvent(new StaysNotified(receipt.notificationId(), accommodationId, accommodation.unitId(),
				accommodation.groupId(), added, foreigners, lateGuests, notifiedAt, departed ? added : 0,
				departed ? foreigners : 0));
		return added;
	}

	private ParsedGuest guest(long accommodationId, Instant arrival, Random random, boolean foreigner) {
		LocalDate birth = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
		if (foreigner) {
			String[] who = FOREIGN[random.nextInt(FOREIGN.length)];
			String passport = who[0] + String.format("%07d", random.nextInt(10_000_000));
			return new ParsedGuest(accommodationId, who[1], VietnameseText.fold(who[1]), birth,
					random.nextBoolean() ? "M" : "F", who[0], GuestKind.FOREIGNER, "PASSPORT", passport, "Công tác",
					arrival, null, "P" + (100 + random.nextInt(20)));
		}
		String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
				+ GIVEN[random.nextInt(GIVEN.length)];
		String cccd = "036" + (birth.getYear() >= 2000 ? "2" : "0") + String.format("%02d", birth.getYear() % 100)
				+ String.format("%06d", random.nextInt(1_000_000));
		return new ParsedGuest(accommodationId, name, VietnameseText.fold(name), birth,
				random.nextBoolean() ? "M" : "F", "VN", GuestKind.CITIZEN, "CCCD", cccd,
				random.nextInt(3) == 0 ? "Thăm người thân" : "Lao động", arrival, null,
				"P" + (100 + random.nextInt(20)));
	}

	private void residents(AdminUnitSummary myXa, List<ResidentialGroupSummary> groups, Random random, Instant now) {
		LocalDate today = now.atZone(vn.lachan.shared.time.VietnamTime.ZONE).toLocalDate();
		for (int i = 0; i < 120; i++) {
			ParsedGuest person = guest(0, now, random, false);
			LocalDate ends = today.plusDays(3 + random.nextInt(300));
			LocalDate starts = ends.minusYears(1);
			this.jdbc
				.sql("""
						INSERT INTO temporary_residence (full_name, name_index, birth_date, document_number, document_index, address,
						    unit_id, group_id, starts_on, ends_on, status, created_at)
						VALUES (:name, :nameIndex, :birth, :doc, :idx, :address, :unit, :group, :starts, :ends, 'ACTIVE', :now)""")
				.param("name", this.encryptor.encrypt(person.fullName()))
				.param("nameIndex", this.encryptor.blindIndex(person.nameFolded()))
				.param("birth", person.birthDate())
				.param("doc", this.encryptor.encrypt(person.documentNumber()))
				.param("idx", this.encryptor.blindIndex(person.documentNumber()))
				.param("address", "Khu trọ công nhân, phường Mỹ Xá")
				.param("unit", myXa.id())
				.param("group", groups.get(i % groups.size()).id())
				.param("starts", starts)
				.param("ends", ends)
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		}
		this.jdbc.sql("SELECT id, ends_on FROM temporary_residence WHERE unit_id = :unit")
			.param("unit", myXa.id())
			.query((rs, row) -> new TemporaryResidenceChanged(rs.getLong(1), myXa.id(),
					rs.getObject(2, LocalDate.class), true))
			.list()
			.forEach(this.events::publishEvent);
	}

	private long[] accommodation(AccommodationKind kind, String name, String address, AdminUnitSummary ward,
			ResidentialGroupSummary group, int rooms, int beds, Set<Long> hosts, Long officer, boolean foreign,
			Instant now) {
		long id = this.accommodations.insert(kind, name, address, ward.id(), (group != null) ? group.id() : null, rooms,
				beds, officer, foreign, hosts, now);
		return new long[] { id, foreign ? 1 : 0 };
	}

	/**
	 * The area officer of Mỹ Xá's first two groups, one of the access module's demo
	 * accounts.
	 */
	private long areaOfficer(AdminUnitSummary myXa) {
		return this.access.accountsOf(Role.AREA_OFFICER, myXa.id())
			.stream()
			.filter((a) -> a.username().equals(AREA_OFFICER))
			.map(AccountSummary::id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo account " + AREA_OFFICER + " is missing"));
	}

	private AdminUnitSummary ward(String code) {
		return this.territory.findUnitByCode(code, DemoData.AS_OF).orElseThrow();
	}

}
