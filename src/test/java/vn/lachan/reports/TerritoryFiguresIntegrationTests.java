package vn.lachan.reports;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.SystemUser;
import vn.lachan.territory.ResidentialGroupKind;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.internal.TerritoryManagement;
import vn.lachan.territory.internal.TerritoryManagement.GroupDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard's figures come from the reports module's own tables, fed by territory
 * events, and equal what the territory itself holds.
 */
@SpringBootTest
// the MockMvc context of the other integration tests, so that the context cache reuses it
@AutoConfigureMockMvc
class TerritoryFiguresIntegrationTests {

	@Autowired
	ReportsCatalog reports;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	TerritoryManagement management;

	@Test
	void figuresEqualTheTerritorysOwnRecords() {
		long thongNhat = this.territory.findUnitByCode("13681", DemoData.AS_OF).orElseThrow().id();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			TerritoryFigures figures = this.reports.territoryFigures(Set.of(thongNhat));
			assertThat(figures.households()).isEqualTo(2078);
			assertThat(figures.residents()).isEqualTo(8389);
			assertThat(figures.residentialGroups()).isEqualTo(this.territory.groupsOf(thongNhat).size());
		});
	}

	@Test
	void aNewGroupReachesTheFiguresAndItsRemovalLeavesThem() {
		long laterWard = this.territory.findUnitByCode("13705", DemoData.AS_OF).orElseThrow().id();
		TerritoryFigures before = settledFigures(laterWard);
		ResidentialGroupSummary group = this.management.registerGroup(SystemUser.INSTANCE, laterWard,
				new GroupDetails("Xóm thử " + UUID.randomUUID(), ResidentialGroupKind.HAMLET, 40, 150));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			TerritoryFigures after = this.reports.territoryFigures(Set.of(laterWard));
			assertThat(after.residentialGroups()).isEqualTo(before.residentialGroups() + 1);
			assertThat(after.households()).isEqualTo(before.households() + 40);
			assertThat(after.residents()).isEqualTo(before.residents() + 150);
		});
		this.management.removeGroup(SystemUser.INSTANCE, group.id());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.reports.territoryFigures(Set.of(laterWard))).isEqualTo(before));
	}

	private TerritoryFigures settledFigures(long unitId) {
		long households = this.territory.groupsOf(unitId).stream().mapToLong(ResidentialGroupSummary::households).sum();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(this.reports.territoryFigures(Set.of(unitId)).households()).isEqualTo(households));
		return this.reports.territoryFigures(Set.of(unitId));
	}

}
