package vn.lachan.streets.internal;

import java.time.LocalDate;

/**
 * How long the competent person has to decide after the violation record (Luật XLVPHC
 * Đ.66 k.1 as amended in 2020): 7 working days; 1 month when the offender explains or the
 * case needs verifying; 2 months when an especially complex case is extended.
 */
public enum DecisionLimit {

	SEVEN_WORKING_DAYS, ONE_MONTH, TWO_MONTHS;

	public LocalDate due(LocalDate record, WorkingDays days) {
		return switch (this) {
			case SEVEN_WORKING_DAYS -> days.plus(record, 7);
			case ONE_MONTH -> record.plusMonths(1);
			case TWO_MONTHS -> record.plusMonths(2);
		};
	}

}
