package vn.lachan.territory.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitKind;
import vn.lachan.territory.SuccessionKind;
import vn.lachan.territory.internal.ReferenceUnitPlan.Key;
import vn.lachan.territory.internal.ReferenceUnitPlan.PlannedUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReferenceUnitPlanTests {

	private static final LocalDate SPRING_2022 = LocalDate.of(2022, 4, 1);

	private static final LocalDate AUTUMN_2024 = LocalDate.of(2024, 9, 1);

	private static final LocalDate SUMMER_2025 = LocalDate.of(2025, 7, 1);

	@Test
	void theReferenceDataGivesTheUnitsOfEachDate() throws IOException {
		ReferenceUnitPlan plan = referencePlan();
		assertThat(validChildrenOf(plan, "356", SPRING_2022)).hasSize(25);
		assertThat(validChildrenOf(plan, "356", AUTUMN_2024)).hasSize(21);
		assertThat(validChildrenOf(plan, "37", SUMMER_2025)).hasSize(8)
			.extracting((unit) -> unit.key.name())
			.contains("Phường Nam Định", "Phường Thiên Trường", "Phường Đông A", "Phường Mỹ Lộc");
		assertThat(validChildrenOf(plan, "356", SUMMER_2025)).isEmpty();
	}

	@Test
	void aReusedCodeIsADifferentUnitOnEachDate() throws IOException {
		ReferenceUnitPlan plan = referencePlan();
		assertThat(nameOn(plan, "13669", SPRING_2022)).isEqualTo("Phường Trần Đăng Ninh");
		assertThat(nameOn(plan, "13669", AUTUMN_2024)).isEqualTo("Phường Cửa Bắc");
		assertThat(nameOn(plan, "13669", SUMMER_2025)).isEqualTo("Phường Nam Định");
		PlannedUnit first = unit(plan, "13669", "Phường Trần Đăng Ninh");
		assertThat(first.validFrom).isNull();
		assertThat(first.validTo).isEqualTo(AUTUMN_2024);
		PlannedUnit last = unit(plan, "13669", "Phường Nam Định");
		assertThat(last.validFrom).isEqualTo(SUMMER_2025);
		assertThat(last.validTo).isNull();
		assertThat(last.legalAct).contains("1674");
		assertThat(last.kind).isEqualTo(AdminUnitKind.WARD);
		assertThat(last.level).isEqualTo(AdminLevel.COMMUNE);
		assertThat(last.parent).isEqualTo(new Key("37", "Tỉnh Ninh Bình"));
	}

	@Test
	void successionsLinkUnitsThatEndedOnTheEffectiveDate() throws IOException {
		ReferenceUnitPlan plan = referencePlan();
		Key namDinh = new Key("13669", "Phường Nam Định");
		assertThat(plan.successions()).filteredOn((succession) -> succession.successor().equals(namDinh))
			.extracting((succession) -> succession.predecessor().name())
			.contains("Phường Cửa Bắc", "Phường Vị Xuyên", "Xã Mỹ Phúc")
			.doesNotContain("Phường Trần Đăng Ninh");
		assertThat(plan.successions()).allSatisfy((succession) -> {
			assertThat(succession.effectiveOn()).isEqualTo(SUMMER_2025);
			assertThat(succession.kind()).isEqualTo(SuccessionKind.MERGED_INTO);
		});
		assertThat(plan.successions()).anySatisfy((succession) -> {
			assertThat(succession.predecessor()).isEqualTo(new Key("36", "Tỉnh Nam Định"));
			assertThat(succession.successor()).isEqualTo(new Key("37", "Tỉnh Ninh Bình"));
		});
	}

	@Test
	void aSmallPlanHasValidityPeriodsFromItsSnapshots() throws IOException {
		String snapshots = """
				as_of,code,name,kind,level,parent_code
				2020-01-01,1,Tỉnh A,TINH,PROVINCE,
				2020-01-01,10,Phường X,PHUONG,COMMUNE,1
				2020-01-01,11,Xã Y,XA,COMMUNE,1
				2021-01-01,1,Tỉnh A,TINH,PROVINCE,
				2021-01-01,10,Phường XY,PHUONG,COMMUNE,1
				""";
		String acts = "as_of,legal_act\n2021-01-01,NQ 1\n";
		String successions = """
				effective,new_code,new_name,formed_from,kind,legal_act
				2021-01-01,10,Phường XY,Phường X (10); Xã Y (11); Xã Z không mã,MERGED_INTO,NQ 1
				""";
		ReferenceUnitPlan plan = ReferenceUnitPlan.read(stream(snapshots), stream(acts), stream(successions));
		assertThat(plan.units()).hasSize(4);
		PlannedUnit x = unit(plan, "10", "Phường X");
		assertThat(x.validFrom).isNull();
		assertThat(x.validTo).isEqualTo(LocalDate.of(2021, 1, 1));
		PlannedUnit xy = unit(plan, "10", "Phường XY");
		assertThat(xy.validFrom).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(xy.validTo).isNull();
		assertThat(xy.legalAct).isEqualTo("NQ 1");
		assertThat(unit(plan, "1", "Tỉnh A").validTo).isNull();
		assertThat(plan.successions()).extracting((succession) -> succession.predecessor().name())
			.containsExactly("Phường X", "Xã Y");
	}

	@Test
	void anUnknownSuccessorIsRefused() {
		String snapshots = "as_of,code,name,kind,level,parent_code\n2020-01-01,1,Tỉnh A,TINH,PROVINCE,\n";
		String successions = "effective,new_code,new_name,formed_from,kind,legal_act\n"
				+ "2021-01-01,2,Tỉnh B,Tỉnh A (1),MERGED_INTO,NQ\n";
		assertThatIllegalStateException().isThrownBy(
				() -> ReferenceUnitPlan.read(stream(snapshots), stream("as_of,legal_act\n"), stream(successions)));
	}

	private static ReferenceUnitPlan referencePlan() throws IOException {
		try (InputStream snapshots = open("snapshots.csv");
				InputStream acts = open("acts.csv");
				InputStream successions = open("successions.csv")) {
			return ReferenceUnitPlan.read(snapshots, acts, successions);
		}
	}

	private static List<PlannedUnit> validChildrenOf(ReferenceUnitPlan plan, String parentCode, LocalDate on) {
		return plan.units()
			.stream()
			.filter((unit) -> unit.parent != null && unit.parent.code().equals(parentCode))
			.filter((unit) -> validOn(unit, on))
			.toList();
	}

	private static String nameOn(ReferenceUnitPlan plan, String code, LocalDate on) {
		List<PlannedUnit> units = plan.units()
			.stream()
			.filter((unit) -> unit.key.code().equals(code) && validOn(unit, on))
			.toList();
		assertThat(units).hasSize(1);
		return units.get(0).key.name();
	}

	private static PlannedUnit unit(ReferenceUnitPlan plan, String code, String name) {
		return plan.units().stream().filter((unit) -> unit.key.equals(new Key(code, name))).findFirst().orElseThrow();
	}

	private static boolean validOn(PlannedUnit unit, LocalDate on) {
		return (unit.validFrom == null || !unit.validFrom.isAfter(on))
				&& (unit.validTo == null || unit.validTo.isAfter(on));
	}

	private static InputStream open(String name) throws IOException {
		return new ClassPathResource("territory/reference/" + name).getInputStream();
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
