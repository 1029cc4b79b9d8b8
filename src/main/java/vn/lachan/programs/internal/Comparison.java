package vn.lachan.programs.internal;

import java.math.BigDecimal;

/**
 * How a criterion's value is held against its threshold.
 */
public enum Comparison {

	AT_LEAST, AT_MOST;

	boolean holds(BigDecimal value, BigDecimal threshold) {
		if (value == null) {
			return false;
		}
		int order = value.compareTo(threshold);
		return (this == AT_LEAST) ? order >= 0 : order <= 0;
	}

}
