package vn.lachan.streets.internal;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working-day clocks: weekends and Tết are not counted.
 */
class WorkingDaysTests {

	// Tết Nhâm Dần: the weekdays off were Monday 31/01 to Friday 04/02/2022
	private final WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 1),
			LocalDate.of(2022, 2, 2), LocalDate.of(2022, 2, 3), LocalDate.of(2022, 2, 4)));

	@Test
	void twoWorkingDaysFromAFridayEndOnTuesday() {
		LocalDate friday = LocalDate.of(2021, 6, 4);
		assertThat(this.days.plus(friday, 2)).isEqualTo(LocalDate.of(2021, 6, 8));
		assertThat(this.days.isWorkingDay(LocalDate.of(2021, 6, 5))).isFalse();
		assertThat(this.days.between(friday, LocalDate.of(2021, 6, 8))).isEqualTo(2);
	}

	@Test
	void aRecordBeforeTetWaitsTillTheWeekAfter() {
		// record on Friday 28/01/2022: 29-30/01 weekend, 31/01-04/02 Tết, 05-06/02
		// weekend
		LocalDate record = LocalDate.of(2022, 1, 28);
		assertThat(this.days.plus(record, 2)).isEqualTo(LocalDate.of(2022, 2, 8));
		assertThat(DecisionLimit.SEVEN_WORKING_DAYS.due(record, this.days)).isEqualTo(LocalDate.of(2022, 2, 15));
		assertThat(DecisionLimit.ONE_MONTH.due(record, this.days)).isEqualTo(LocalDate.of(2022, 2, 28));
		assertThat(DecisionLimit.TWO_MONTHS.due(record, this.days)).isEqualTo(LocalDate.of(2022, 3, 28));
	}

	@Test
	void noWorkingDaysIsTheSameDay() {
		assertThat(this.days.plus(LocalDate.of(2022, 2, 1), 0)).isEqualTo(LocalDate.of(2022, 2, 1));
	}

}
