package vn.lachan.tips;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The tips module as other modules use it: overviews within scope, located tips, a tip
 * opened for another module's record, links and a resolution from a link.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TipsCatalogIntegrationTests {

	@Autowired
	TipsCatalog catalog;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	AccessCatalog accounts;

	@Autowired
	JdbcClient jdbc;

	long unit(String code) {
		return this.territory.findUnitByCode(code, DemoData.AS_OF).orElseThrow().id();
	}

	CurrentUser officer(String unitCode) {
		long unitId = unit(unitCode);
		AccountSummary account = this.accounts.accountsOf(Role.WARD_OFFICER, unitId).get(0);
		return new CurrentUser(account.id(), account.username(), account.displayName(), Role.WARD_OFFICER, unitId,
				Set.of(unitId), Set.of());
	}

	TipLink violation(long id) {
		return new TipLink("streets", "violation", id);
	}

	OpenedTip openSidewalkTip(CurrentUser user, long sourceId) {
		return this.catalog.open(user,
				new TipOpening(user.unitId(), null, "sidewalk-encroachment",
						"Hàng quán lấn chiếm vỉa hè trước số 12 Hàng Sắt, che lối đi bộ.", 20.4341, 106.1772,
						"12 Hàng Sắt, Vị Hoàng", Instant.now().minus(1, ChronoUnit.HOURS), false,
						new TipLink("mediation", "case", sourceId)));
	}

	@Test
	void aTipOpenedForAnotherRecordIsLinkedToItAndOpenedOnlyOnce() {
		CurrentUser viHoang = officer("13639");
		long source = System.nanoTime();
		OpenedTip first = openSidewalkTip(viHoang, source);
		OpenedTip again = openSidewalkTip(viHoang, source);
		assertThat(again).isEqualTo(first);
		TipOverview tip = this.catalog.tip(viHoang, first.tipId());
		assertThat(tip.channel()).isEqualTo(TipChannel.FIELD);
		assertThat(tip.categoryCode()).isEqualTo("sidewalk-encroachment");
		assertThat(tip.status()).isEqualTo(TipStatus.VERIFYING);
		assertThat(tip.latitude()).isEqualTo(20.4341);
		assertThat(notes(first.tipId(), "LINKED")).containsExactly("mediation:case:" + source);
	}

	@Test
	void anotherWardsTipIsNotFound() {
		OpenedTip tip = openSidewalkTip(officer("13639"), System.nanoTime());
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.catalog.tip(officer("13681"), tip.tipId()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.catalog.link(officer("13681"), tip.tipId(), violation(1)));
		CurrentUser thongNhat = officer("13681");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.catalog.open(thongNhat, new TipOpening(unit("13639"), null, "noise",
					"Tiếng ồn kéo dài sau 22 giờ.", null, null, null, null, false, violation(System.nanoTime()))));
	}

	@Test
	void badInputIsRefusedWithFieldProblemsAndStoresNothing() {
		CurrentUser viHoang = officer("13639");
		long before = count();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.catalog.open(viHoang,
					new TipOpening(viHoang.unitId(), null, "no-such-category", " ", null, null, null, null, false,
							violation(System.nanoTime()))))
			.satisfies((ex) -> assertThat(ex.fieldProblems()).extracting(InvalidInputException.FieldProblem::field)
				.contains("categoryCode", "description"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aLinkedRecordThatConcludesResolvesTheTipOnce() {
		CurrentUser viHoang = officer("13639");
		OpenedTip tip = openSidewalkTip(viHoang, System.nanoTime());
		this.catalog.link(viHoang, tip.tipId(), violation(42));
		this.catalog.link(viHoang, tip.tipId(), violation(42));
		assertThat(notes(tip.tipId(), "LINKED")).hasSize(2).contains("streets:violation:42");
		this.catalog.resolveFromLink(viHoang, tip.tipId(), violation(42), OutcomeKind.ADMINISTRATIVE_SANCTION,
				"Đã tháo dỡ, cam kết không tái phạm");
		this.catalog.resolveFromLink(viHoang, tip.tipId(), violation(42), OutcomeKind.ADMINISTRATIVE_SANCTION,
				"lần hai");
		assertThat(this.catalog.tip(viHoang, tip.tipId()).status()).isEqualTo(TipStatus.RESOLVED);
		assertThat(notes(tip.tipId(), "RESOLVED")).containsExactly("Đã tháo dỡ, cam kết không tái phạm");
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.catalog.link(viHoang, tip.tipId(), violation(43)));
	}

	@Test
	void locatedTipsAreThoseOfTheUnitAndWindowWithCoordinates() {
		CurrentUser viHoang = officer("13639");
		Instant from = Instant.now().minus(1, ChronoUnit.MINUTES);
		OpenedTip located = openSidewalkTip(viHoang, System.nanoTime());
		OpenedTip unlocated = this.catalog.open(viHoang, new TipOpening(viHoang.unitId(), null, "noise",
				"Karaoke quá 22 giờ ở tổ dân phố số 3.", null, null, null, null, false, violation(System.nanoTime())));
		List<TipOverview> tips = this.catalog.locatedTips(viHoang.unitId(), from, Instant.now().plusSeconds(1));
		assertThat(tips).extracting(TipOverview::tipId).contains(located.tipId()).doesNotContain(unlocated.tipId());
		assertThat(tips).allSatisfy((tip) -> {
			assertThat(tip.unitId()).isEqualTo(viHoang.unitId());
			assertThat(tip.latitude()).isNotNull();
			assertThat(tip.receivedAt()).isAfterOrEqualTo(from);
		});
		assertThat(this.catalog.locatedTips(unit("13681"), from, Instant.now().plusSeconds(1)))
			.extracting(TipOverview::tipId)
			.doesNotContain(located.tipId());
	}

	List<String> notes(long tipId, String kind) {
		return this.jdbc.sql("SELECT note FROM tip_timeline WHERE tip_id = :id AND kind = :kind ORDER BY position")
			.param("id", tipId)
			.param("kind", kind)
			.query(String.class)
			.list();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM tip").query(Long.class).single();
	}

}
