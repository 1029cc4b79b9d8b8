package vn.lachan.community.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AccessCatalog;
import vn.lachan.community.Channel;
import vn.lachan.community.GroupKind;
import vn.lachan.community.Priority;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.crypto.RandomCodes;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceQuery;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * The traders of Chợ Cửa Trường (Ngô Quyền) and the households of Lộc Hạ's first three
 * residential groups, who signed paper consent forms in late 2021, the traders of Chợ Vị
 * Hoàng, and the wards' broadcasts of early 2022 with their deliveries and
 * acknowledgements. No check-ins: they would be past their 30 days. Each part is loaded
 * once.
 */
@Component
@Order(DemoData.ACCESS_ORDER + 50)
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "true")
class CommunityDemoData implements ApplicationRunner {

	static final String MARKET_GROUP = "Tiểu thương chợ Cửa Trường";

	static final String VI_HOANG_GROUP = "Tiểu thương chợ Vị Hoàng";

	private static final Logger log = LoggerFactory.getLogger(CommunityDemoData.class);

	/** name, phone, email (or null), channels, minimum priority, left the group. */
	private record Person(String name, String phone, String email, Set<Channel> channels, Priority minimum,
			boolean left) {
	}

	private static final Set<Channel> ZALO = Set.of(Channel.BOARD, Channel.ZALO);

	private static final Set<Channel> MAIL = Set.of(Channel.BOARD, Channel.EMAIL);

	private static final List<Person> TRADERS = List.of(
			new Person("Chị Hoa (hàng vải)", "0912406118", null, ZALO, Priority.INFORMATION, false),
			new Person("Anh Tuấn (điện thoại)", "0983215407", "tuan.dtcuatruong@example.com",
					Set.of(Channel.BOARD, Channel.ZALO, Channel.EMAIL), Priority.INFORMATION, false),
			new Person("Bà Lan (hoa quả)", "0947118230", null, ZALO, Priority.WARNING, false),
			new Person("Chị Thu (giày dép)", "0936772514", "thu.giaydep@example.com", MAIL, Priority.INFORMATION,
					false),
			new Person("Anh Hùng (thịt lợn)", "0915680347", null, ZALO, Priority.INFORMATION, false),
			new Person("Cô Mai (tạp hóa)", "0976345221", null, ZALO, Priority.URGENT, false),
			new Person("Chị Ngọc (mỹ phẩm)", "0904558173", "ngoc.myphamct@example.com", MAIL, Priority.INFORMATION,
					false),
			new Person("Anh Dũng (đồ điện)", "0988120964", null, ZALO, Priority.INFORMATION, true));

	private static final List<Person> VI_HOANG_TRADERS = List.of(
			new Person("Chị Loan (rau củ)", "0914227381", null, ZALO, Priority.INFORMATION, false),
			new Person("Anh Quang (hải sản)", "0987402615", "quang.haisan.vh@example.com",
					Set.of(Channel.BOARD, Channel.EMAIL), Priority.INFORMATION, false),
			new Person("Bà Tâm (gạo)", "0945663170", null, ZALO, Priority.WARNING, false),
			new Person("Chị Yến (quần áo)", "0936518204", null, ZALO, Priority.INFORMATION, false),
			new Person("Anh Sơn (đồ khô)", "0978330952", "son.dokho@example.com", MAIL, Priority.URGENT, false));

	private static final String[][] HOUSEHOLDS = { { "Hộ ông Trần Văn Khải", "0912558031" },
			{ "Hộ bà Nguyễn Thị Huế", "0945120776" }, { "Hộ ông Phạm Đức Long", "0983661402" },
			{ "Hộ bà Vũ Thị Thanh", "0917334285" }, { "Hộ ông Đỗ Văn Bình", "0936904117" },
			{ "Hộ bà Lê Thị Nga", "0978215630" } };

	private final JdbcClient jdbc;

	private final GroupManagement groups;

	private final MemberManagement members;

	private final TerritoryCatalog territory;

	private final AccessCatalog accounts;

	private final FieldEncryptor encryptor;

	private final GatewayManagement gateways;

	CommunityDemoData(JdbcClient jdbc, GroupManagement groups, MemberManagement members, TerritoryCatalog territory,
			AccessCatalog accounts, FieldEncryptor encryptor, GatewayManagement gateways) {
		this.gateways = gateways;
		this.jdbc = jdbc;
		this.groups = groups;
		this.members = members;
		this.territory = territory;
		this.accounts = accounts;
		this.encryptor = encryptor;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!exists(MARKET_GROUP)) {
			loadCuaTruongAndLocHa();
		}
		if (!exists(VI_HOANG_GROUP)) {
			loadViHoang();
		}
	}

	private boolean exists(String groupName) {
		return this.jdbc.sql("SELECT COUNT(*) FROM community_group WHERE name = ?")
			.param(groupName)
			.query(Integer.class)
			.single() > 0;
	}

	private void loadCuaTruongAndLocHa() {
		AdminUnitSummary ngoQuyen = unit("13663");
		AdminUnitSummary locHa = unit("13684");
		PlaceSummary market = place(ngoQuyen, "Chợ Cửa Trường");
		long marketGroup = group(ngoQuyen.id(), GroupKind.MARKET_TRADERS, MARKET_GROUP, market.id(), null);
		List<Long> traders = new ArrayList<>();
		for (int i = 0; i < TRADERS.size(); i++) {
			traders.add(member(marketGroup, ngoQuyen.id(), TRADERS.get(i), at(2021, 11, 8 + i)));
		}
		List<Long> households = new ArrayList<>();
		List<ResidentialGroupSummary> locHaGroups = this.territory.groupsOf(locHa.id()).stream().limit(3).toList();
		for (int g = 0; g < locHaGroups.size(); g++) {
			ResidentialGroupSummary rg = locHaGroups.get(g);
			long id = group(locHa.id(), GroupKind.RESIDENTIAL_HOUSEHOLDS, "Các hộ gia đình " + rg.name() + " – Lộc Hạ",
					null, rg.id());
			for (int h = 0; h < 2; h++) {
				String[] household = HOUSEHOLDS[g * 2 + h];
				households.add(member(id, locHa.id(),
						new Person(household[0], household[1], null, ZALO, Priority.INFORMATION, false),
						at(2021, 12, 2 + g * 3 + h)));
			}
		}
		gateway(ngoQuyen, "phuong-ngo-quyen");
		gateway(locHa, "phuong-loc-ha");
		long ngoQuyenOfficer = officer(ngoQuyen.id());
		long locHaOfficer = officer(locHa.id());
		broadcast(ngoQuyen.id(), ngoQuyenOfficer, "theft-warning", Priority.WARNING,
				"Đề phòng trộm cắp tại chợ dịp cận Tết", at(2022, 1, 20), List.of(marketGroup), traders, 5);
		broadcast(locHa.id(), locHaOfficer, "fraud-warning", Priority.WARNING, "Cảnh báo lừa đảo qua điện thoại",
				at(2022, 2, 25), groupsOf(locHa.id()), households, 4);
		broadcast(ngoQuyen.id(), ngoQuyenOfficer, "fire-safety", Priority.URGENT, "Phòng cháy chữa cháy tại chợ",
				at(2022, 3, 15), List.of(marketGroup), traders, 6);
		log.info("Demo community loaded: {} groups, {} members, 3 broadcasts of 2022", 1 + locHaGroups.size(),
				traders.size() + households.size());
	}

	/** The traders of Chợ Vị Hoàng, who joined by the market's QR code in early 2022. */
	private void loadViHoang() {
		AdminUnitSummary viHoang = unit("13639");
		PlaceSummary market = place(viHoang, "Chợ Vị Hoàng");
		long group = group(viHoang.id(), GroupKind.MARKET_TRADERS, VI_HOANG_GROUP, market.id(), null);
		List<Long> traders = new ArrayList<>();
		for (int i = 0; i < VI_HOANG_TRADERS.size(); i++) {
			Person trader = VI_HOANG_TRADERS.get(i);
			traders.add(member(group, viHoang.id(), trader, at(2022, 1, 4 + 2 * i),
					(trader.email() != null) ? "WEB_FORM_EMAIL_CODE" : "WEB_FORM_SMS_CODE"));
		}
		gateway(viHoang, "phuong-vi-hoang");
		broadcast(viHoang.id(), officer(viHoang.id()), "fraud-warning", Priority.WARNING,
				"Cảnh báo lừa đảo chuyển khoản khi mua hàng", at(2022, 3, 8), List.of(group), traders, 3);
		log.info("Demo community loaded: the traders of Chợ Vị Hoàng, {} members, 1 broadcast of 2022", traders.size());
	}

	/** The ward's Zalo Official Account bridge, which took the demo's Zalo deliveries. */
	private void gateway(AdminUnitSummary unit, String account) {
		this.gateways.register(vn.lachan.shared.security.SystemUser.INSTANCE, unit.id(), Channel.ZALO,
				"https://zalo-oa.example.vn/webhook/" + account, RandomCodes.urlSafe(24));
	}

	private PlaceSummary place(AdminUnitSummary unit, String name) {
		return this.territory
			.findPlaces(new PlaceQuery(Set.of(unit.id()), name, null), new vn.lachan.shared.paging.PageQuery(0, 5))
			.items()
			.stream()
			.filter((p) -> p.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private long group(long unitId, GroupKind kind, String name, Long placeId, Long residentialGroupId) {
		return this.groups.create(vn.lachan.shared.security.SystemUser.INSTANCE,
				new GroupInput(unitId, kind, name, placeId, residentialGroupId));
	}

	private long member(long groupId, long unitId, Person person, Instant joined) {
		return member(groupId, unitId, person, joined, "PAPER_FORM");
	}

	private long member(long groupId, long unitId, Person person, Instant joined, String consentVia) {
		String contact = (person.email() != null) ? person.email() : person.phone();
		this.jdbc.sql("""
				INSERT INTO community_member (group_id, unit_id, display_name, email, phone, contact_index, channels,
				  min_priority, status, member_token, joined_at, confirmed_at, left_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(groupId, unitId, this.encryptor.encrypt(person.name()), this.encryptor.encrypt(person.email()),
					this.encryptor.encrypt(person.phone()), this.encryptor.blindIndex(contact),
					Channels.join(person.channels()), person.minimum().name(), person.left() ? "LEFT" : "ACTIVE",
					RandomCodes.urlSafe(18), utc(joined), utc(joined), person.left() ? utc(at(2022, 1, 10)) : null)
			.update();
		long id = this.jdbc.sql("SELECT MAX(id) FROM community_member WHERE group_id = ?")
			.param(groupId)
			.query(Long.class)
			.single();
		this.members.recordConsent(id, consentVia, joined);
		if (person.left()) {
			this.jdbc.sql("UPDATE community_consent SET withdrawn_at = ? WHERE member_id = ?")
				.params(utc(at(2022, 1, 10)), id)
				.update();
		}
		return id;
	}

	/**
	 * A sent broadcast of a template, with one delivery per member and channel its rules
	 * allow, all sent the same minute, the first {@code acknowledged} of them read.
	 */
	private void broadcast(long unitId, long sender, String template, Priority priority, String title, Instant at,
			List<Long> groupIds, List<Long> memberIds, int acknowledged) {
		String body = this.jdbc.sql("SELECT body FROM community_template WHERE code = ?")
			.param(template)
			.query(String.class)
			.single();
		Set<Channel> channels = Set.of(Channel.BOARD, Channel.ZALO, Channel.EMAIL);
		this.jdbc.sql("""
				INSERT INTO community_broadcast (unit_id, sender_account_id, priority, title, body, channels,
				  template_code, status, created_at, send_at, sent_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?, ?)""")
			.params(unitId, sender, priority.name(), title, body, Channels.join(channels), template, utc(at), utc(at),
					utc(at))
			.update();
		long id = this.jdbc.sql("SELECT MAX(id) FROM community_broadcast").query(Long.class).single();
		groupIds.forEach(
				(g) -> this.jdbc.sql("INSERT INTO community_broadcast_group (broadcast_id, group_id) VALUES (?, ?)")
					.params(id, g)
					.update());
		groupIds.forEach((g) -> this.jdbc
			.sql("INSERT INTO community_broadcast_target (broadcast_id, kind, target_id) VALUES (?, 'GROUP', ?)")
			.params(id, g)
			.update());
		int read = 0;
		for (long member : memberIds) {
			record Row(String status, String channels, String minimum, Instant left) {
			}
			Row row = this.jdbc.sql("SELECT status, channels, min_priority, left_at FROM community_member WHERE id = ?")
				.param(member)
				.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
						MemberQueries.instant(rs, "left_at")))
				.single();
			if ((row.left() != null && row.left().isBefore(at)) || !priority.atLeast(Priority.valueOf(row.minimum()))) {
				continue;
			}
			for (Channel channel : Channels.parse(row.channels())) {
				if (channel == Channel.BOARD) {
					continue;
				}
				boolean ack = read++ < acknowledged;
				this.jdbc
					.sql("""
							INSERT INTO community_delivery (delivery_key, broadcast_id, member_id, channel, status, attempts,
							  next_attempt_at, sent_at, acknowledged_at)
							VALUES (?, ?, ?, ?, 'SENT', 1, ?, ?, ?)""")
					.params(RandomCodes.urlSafe(18), id, member, channel.name(), utc(at), utc(at.plusSeconds(20)),
							ack ? utc(at.plusSeconds(3600 + 600L * read)) : null)
					.update();
			}
		}
	}

	private List<Long> groupsOf(long unitId) {
		return this.jdbc.sql("SELECT id FROM community_group WHERE unit_id = ? ORDER BY id")
			.param(unitId)
			.query(Long.class)
			.list();
	}

	private long officer(long unitId) {
		return this.accounts.accountsOf(Role.WARD_OFFICER, unitId).stream().findFirst().orElseThrow().id();
	}

	private AdminUnitSummary unit(String code) {
		return this.territory.findUnitByCode(code, DemoData.AS_OF).orElseThrow();
	}

	private static Instant at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 8, 30).atZone(vn.lachan.shared.time.VietnamTime.ZONE).toInstant();
	}

}
