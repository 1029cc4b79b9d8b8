package vn.lachan.reports.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.lachan.reports.internal.DashboardPeriod.Preset;
import vn.lachan.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardPeriodTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void theDefaultIsTheArticlesPeriodInDemoModeAndTheMonthOtherwise() {
		DashboardPeriod demo = DashboardPeriod.of(null, null, null, TODAY, true);
		assertThat(demo.preset()).isEqualTo(Preset.ARTICLE);
		assertThat(demo.from()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(demo.to()).isEqualTo(LocalDate.of(2022, 4, 30));
		assertThat(demo.territoryDate()).isEqualTo(DemoData.AS_OF);
		DashboardPeriod real = DashboardPeriod.of(null, null, null, TODAY, false);
		assertThat(real.preset()).isEqualTo(Preset.MONTH);
		assertThat(real.from()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(real.to()).isEqualTo(TODAY);
	}

	@Test
	void presetsRunUpToToday() {
		assertThat(DashboardPeriod.of(Preset.QUARTER, null, null, TODAY, false).from())
			.isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(DashboardPeriod.of(Preset.YEAR, null, null, TODAY, false).from())
			.isEqualTo(LocalDate.of(2026, 1, 1));
		DashboardPeriod twelve = DashboardPeriod.of(Preset.LAST_12_MONTHS, null, null, TODAY, false);
		assertThat(twelve.from()).isEqualTo(LocalDate.of(2025, 12, 4));
		assertThat(twelve.days()).isEqualTo(365);
	}

	@Test
	void aCustomRangeFixesTheTerritoryOnItsLastDayAndRefusesNonsense() {
		DashboardPeriod custom = DashboardPeriod.of(Preset.CUSTOM, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 5, 31),
				TODAY, false);
		assertThat(custom.territoryDate()).isEqualTo(LocalDate.of(2021, 5, 31));
		assertThat(DashboardPeriod.of(Preset.CUSTOM, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 5, 31), TODAY, false))
			.isNull();
		assertThat(DashboardPeriod.of(Preset.CUSTOM, null, LocalDate.of(2021, 5, 31), TODAY, false)).isNull();
		assertThat(DashboardPeriod.of(Preset.CUSTOM, LocalDate.of(2000, 1, 1), TODAY, TODAY, false)).isNull();
		assertThat(DashboardPeriod.of(Preset.CUSTOM, TODAY, TODAY.plusDays(30), TODAY, false).territoryDate())
			.isEqualTo(TODAY);
	}

	@Test
	void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
		DashboardPeriod article = DashboardPeriod.of(Preset.ARTICLE, null, null, TODAY, true);
		DashboardPeriod previous = article.previous();
		assertThat(previous.to()).isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(previous.days()).isEqualTo(article.days());
	}

}
