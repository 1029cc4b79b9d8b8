package vn.lachan.forces.internal;

import vn.lachan.forces.TeamKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import vn.lachan.access.AccountSummary;
import vn.lachan.forces.internal.RosterWriter.NewMembership;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.UnitQuery;

/**
 * The forces of Nam Định city in 2022, at the article's scale: 581 community teams with
 * 4,067 members over the 25 wards and communes, Vị Hoàng's 7-member security team across
 * its 7 residential groups with its area officer, Nam Phong's drug-prevention liaison
 * team and a mediation team in Vị Hoàng. Names are generated deterministically; rows go
 * in with batched statements, once.
 */
@Component
@Order(DemoData.ACCESS_ORDER + 10)
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "true")
class ForcesDemoData implements ApplicationRunner {

	static final String SECURITY_TEAM = "Tổ bảo vệ dân phố phường Vị Hoàng";

	static final int COMMUNITY_TEAMS = 581;

	static final int COMMUNITY_MEMBERS = 4067;

	private static final Logger log = LoggerFactory.getLogger(ForcesDemoData.class);

	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
			"Ngô", "Dương", "Đinh", "Trịnh", "Phan" };

	private static final String[] MALE_MIDDLE = { "Văn", "Đức", "Minh", "Hữu", "Quang", "Xuân" };

	private static final String[] FEMALE_MIDDLE = { "Thị", "Thu", "Ngọc", "Thanh" };

	private static final String[] MALE_GIVEN = { "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam",
			"Phong", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt" };

	private static final String[] FEMALE_GIVEN = { "Hà", "Hạnh", "Hương", "Lan", "Mai", "Nga", "Phương", "Tâm", "Thảo",
			"Vân", "Yến", "Hoa", "Huyền", "Loan" };

	private final TerritoryCatalog territory;

	private final AccessCatalog access;

	private final RosterWriter writer;

	private final JdbcClient jdbc;

	ForcesDemoData(TerritoryCatalog territory, AccessCatalog access, RosterWriter writer, JdbcClient jdbc) {
		this.territory = territory;
		this.access = access;
		this.writer = writer;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		AdminUnitSummary viHoang = ward("13639");
		boolean loaded = this.jdbc.sql("SELECT COUNT(*) FROM forces_team WHERE unit_id = :unit AND name = :name")
			.param("unit", viHoang.id())
			.param("name", SECURITY_TEAM)
			.query(Long.class)
			.single() > 0;
		if (loaded) {
			return;
		}
		communityTeams();
		securityTeam(viHoang);
		liaisonTeam(ward("13696"));
		mediationTeam(viHoang);
		log.info(
				"Demo forces loaded: {} community teams with {} members, and the teams of Vị Hoàng and Nam Phong in {} ms",
				COMMUNITY_TEAMS, COMMUNITY_MEMBERS, (System.nanoTime() - started) / 1_000_000);
	}

	private void communityTeams() {
		AdminUnitSummary city = this.territory.findUnitByCode("356", DemoData.AS_OF).orElseThrow();
		List<AdminUnitSummary> wards = this.territory
			.findUnits(new UnitQuery(city.id(), AdminLevel.COMMUNE, DemoData.AS_OF, null));
		int teamIndex = 0;
		int personIndex = 0;
		for (int w = 0; w < wards.size(); w++) {
			AdminUnitSummary ward = wards.get(w);
			List<ResidentialGroupSummary> groups = this.territory.groupsOf(ward.id());
			int teamCount = COMMUNITY_TEAMS / wards.size() + ((w < COMMUNITY_TEAMS % wards.size()) ? 1 : 0);
			List<TeamDetails> teams = new ArrayList<>();
			List<Integer> sizes = new ArrayList<>();
			for (int t = 0; t < teamCount; t++) {
				ResidentialGroupSummary group = groups.get(t % groups.size());
				int round = t / groups.size() + 1;
				LocalDate founded = LocalDate.of(2021, 11, 1).plusDays(teamIndex % 45);
				teams.add(new TeamDetails(ward.id(), TeamKind.COMMUNITY,
						"Tổ COVID cộng đồng " + round + " – " + group.name(), Set.of(group.id()), null, founded, null,
						null));
				// 6 and 8 members in turn, the very last team 7: 4,067 in all
				sizes.add((teamIndex == COMMUNITY_TEAMS - 1) ? 7 : ((teamIndex % 2 == 0) ? 6 : 8));
				teamIndex++;
			}
			List<Long> teamIds = this.writer.insertTeams(teams);
			List<PersonDetails> persons = new ArrayList<>();
			List<NewMembership> memberships = new ArrayList<>();
			List<Integer> owners = new ArrayList<>();
			for (int t = 0; t < teams.size(); t++) {
				long groupId = teams.get(t).groupIds().iterator().next();
				String groupName = groups.stream().filter((g) -> g.id() == groupId).findFirst().orElseThrow().name();
				for (int m = 0; m < sizes.get(t); m++) {
					persons.add(person(personIndex++, groupId, groupName, null));
					owners.add(t);
				}
			}
			List<Long> personIds = this.writer.insertPersons(ward.id(), persons);
			int previousTeam = -1;
			for (int p = 0; p < personIds.size(); p++) {
				int t = owners.get(p);
				TeamRole role = (t != previousTeam) ? TeamRole.LEADER : TeamRole.MEMBER;
				previousTeam = t;
				memberships
					.add(new NewMembership(teamIds.get(t), personIds.get(p), role, teams.get(t).foundedOn(), null));
			}
			this.writer.insertMemberships(memberships);
		}
	}

	private void securityTeam(AdminUnitSummary viHoang) {
		List<ResidentialGroupSummary> groups = this.territory.groupsOf(viHoang.id());
		Long officer = account(Role.AREA_OFFICER, viHoang, "khuvuc");
		Long leader = account(Role.FORCE_MEMBER, viHoang, "totruong");
		Set<Long> coverage = new LinkedHashSet<>();
		groups.forEach((group) -> coverage.add(group.id()));
		LocalDate founded = LocalDate.of(2019, 3, 1);
		long teamId = this.writer
			.insertTeams(List.of(new TeamDetails(viHoang.id(), TeamKind.SECURITY, SECURITY_TEAM, coverage, officer,
					founded, null, "Bảo vệ dân phố: 7 người ở 7 tổ dân phố, gắn với địa bàn cảnh sát khu vực")))
			.get(0);
		List<PersonDetails> persons = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			persons.add(person(90_000 + i, groups.get(i).id(), groups.get(i).name(), (i == 0) ? leader : null));
		}
		addAll(viHoang, teamId, persons, founded);
	}

	private void liaisonTeam(AdminUnitSummary namPhong) {
		List<ResidentialGroupSummary> groups = this.territory.groupsOf(namPhong.id());
		Set<Long> coverage = new LinkedHashSet<>();
		groups.stream().limit(3).forEach((group) -> coverage.add(group.id()));
		LocalDate founded = LocalDate.of(2020, 6, 1);
		long teamId = this.writer
			.insertTeams(List.of(new TeamDetails(namPhong.id(), TeamKind.DRUG_LIAISON,
					"Tổ liên kết phòng, chống ma túy xã Nam Phong", coverage, null, founded, null,
					"Mô hình chuyển hóa địa bàn trọng điểm")))
			.get(0);
		List<PersonDetails> persons = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			ResidentialGroupSummary group = groups.get(i % 3);
			persons.add(person(91_000 + i, group.id(), group.name(), null));
		}
		addAll(namPhong, teamId, persons, founded);
	}

	private void mediationTeam(AdminUnitSummary viHoang) {
		ResidentialGroupSummary group = this.territory.groupsOf(viHoang.id()).get(0);
		Long mediator = account(Role.MEDIATOR, viHoang, "hoagiai");
		LocalDate founded = LocalDate.of(2015, 1, 15);
		long teamId = this.writer
			.insertTeams(List.of(new TeamDetails(viHoang.id(), TeamKind.MEDIATION, "Tổ hòa giải " + group.name(),
					Set.of(group.id()), null, founded, null, null)))
			.get(0);
		List<PersonDetails> persons = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			persons.add(person(92_000 + i, group.id(), group.name(), (i == 0) ? mediator : null));
		}
		addAll(viHoang, teamId, persons, founded);
	}

	private void addAll(AdminUnitSummary unit, long teamId, List<PersonDetails> persons, LocalDate joined) {
		List<Long> ids = this.writer.insertPersons(unit.id(), persons);
		List<NewMembership> memberships = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			TeamRole role = (i == 0) ? TeamRole.LEADER : ((i == 1) ? TeamRole.DEPUTY : TeamRole.MEMBER);
			memberships.add(new NewMembership(teamId, ids.get(i), role, joined, null));
		}
		this.writer.insertMemberships(memberships);
	}

	/** A deterministic person: odd indexes are women. */
	static PersonDetails person(int index, long groupId, String groupName, Long accountId) {
		boolean woman = index % 2 == 1;
		String surname = SURNAMES[index % SURNAMES.length];
		String middle = woman ? FEMALE_MIDDLE[(index / 2) % FEMALE_MIDDLE.length]
				: MALE_MIDDLE[(index / 2) % MALE_MIDDLE.length];
		String given = woman ? FEMALE_GIVEN[(index / 7) % FEMALE_GIVEN.length]
				: MALE_GIVEN[(index / 7) % MALE_GIVEN.length];
		LocalDate birth = LocalDate.of(1955 + (index * 7) % 46, 1 + index % 12, 1 + (index * 3) % 28);
		String phone = String.format("09%08d", (index * 7919L) % 100_000_000L);
		return new PersonDetails(surname + " " + middle + " " + given, birth, woman ? Sex.FEMALE : Sex.MALE, phone,
				"Số " + (1 + index % 120) + ", " + groupName, groupId, birth.plusYears(18), accountId);
	}

	private Long account(Role role, AdminUnitSummary unit, String username) {
		return this.access.accountsOf(role, unit.id())
			.stream()
			.filter((account) -> account.username().equals(username))
			.map(AccountSummary::id)
			.findFirst()
			.orElse(null);
	}

	private AdminUnitSummary ward(String code) {
		return this.territory.findUnitByCode(code, DemoData.AS_OF).orElseThrow();
	}

}
