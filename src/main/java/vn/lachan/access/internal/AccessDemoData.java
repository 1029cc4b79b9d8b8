package vn.lachan.access.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.lachan.access.internal.AccountManagement.AccountDetails;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.security.SystemUser;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The demo accounts, all with the password {@value DemoData#PASSWORD} and, in demo mode
 * only, a fixed API token {@code demo-<username>}. Listed in the README and in the
 * start-up log.
 */
@Component
@Order(DemoData.ACCESS_ORDER)
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "true")
class AccessDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccessDemoData.class);

	private final AccountRepository accounts;

	private final AccountManagement management;

	private final TerritoryCatalog territory;

	private final PasswordEncoder passwords;

	AccessDemoData(AccountRepository accounts, AccountManagement management, TerritoryCatalog territory,
			PasswordEncoder passwords) {
		this.accounts = accounts;
		this.management = management;
		this.territory = territory;
		this.passwords = passwords;
	}

	/**
	 * One demo account.
	 */
	record DemoAccount(String username, String displayName, Role role, String unitCode, int groups) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", "Quản trị hệ thống", Role.ADMIN, "356", 0),
			new DemoAccount("committee", "Ban Chỉ đạo 138 thành phố", Role.COMMITTEE, "356", 0),
			new DemoAccount("vihoang", "Công an phường Vị Hoàng", Role.WARD_OFFICER, "13639", 0),
			new DemoAccount("thongnhat", "Công an phường Thống Nhất", Role.WARD_OFFICER, "13681", 0),
			new DemoAccount("myxa", "Công an phường Mỹ Xá", Role.WARD_OFFICER, "13699", 0),
			new DemoAccount("namphong", "Công an xã Nam Phong", Role.WARD_OFFICER, "13696", 0),
			new DemoAccount("khuvuc", "Cảnh sát khu vực Vị Hoàng", Role.AREA_OFFICER, "13639", 2),
			new DemoAccount("totruong", "Tổ trưởng tổ bảo vệ ANTT Vị Hoàng", Role.FORCE_MEMBER, "13639", 0),
			new DemoAccount("hoagiai", "Hòa giải viên Vị Hoàng", Role.MEDIATOR, "13639", 0),
			new DemoAccount("chunha", "Chủ nhà trọ Mỹ Xá", Role.HOST, "13699", 0),
			new DemoAccount("khuvucmyxa", "Cảnh sát khu vực Mỹ Xá", Role.AREA_OFFICER, "13699", 2),
			new DemoAccount("ngoquyen", "Công an phường Ngô Quyền", Role.WARD_OFFICER, "13663", 0),
			new DemoAccount("locha", "Công an phường Lộc Hạ", Role.WARD_OFFICER, "13684", 0));

	@Override
	public void run(ApplicationArguments args) {
		// one hash for every demo account: each hash takes about 0.1 s of start-up
		Supplier<String> passwordHash = SingletonSupplier.of(() -> this.passwords.encode(DemoData.PASSWORD));
		for (DemoAccount demo : ACCOUNTS) {
			if (this.accounts.findByUsername(demo.username()).isPresent()) {
				continue;
			}
			AdminUnitSummary unit = this.territory.findUnitByCode(demo.unitCode(), DemoData.AS_OF).orElseThrow();
			Set<Long> groups = new LinkedHashSet<>();
			this.territory.groupsOf(unit.id())
				.stream()
				.limit(demo.groups())
				.map(ResidentialGroupSummary::id)
				.forEach(groups::add);
			long id = this.management
				.createHashed(SystemUser.INSTANCE, demo.username(), passwordHash.get(),
						new AccountDetails(demo.displayName(), null, demo.role(), unit.id(), groups))
				.id();
			this.management.issueKnownToken(id, "demo", "demo-" + demo.username());
		}
		StringBuilder list = new StringBuilder();
		ACCOUNTS.forEach((demo) -> list
			.append(String.format("%n  %-10s %-13s %s", demo.username(), demo.role(), demo.displayName())));
		log.info("Demo accounts (password {}, API token demo-<username>):{}", DemoData.PASSWORD, list);
	}

}
