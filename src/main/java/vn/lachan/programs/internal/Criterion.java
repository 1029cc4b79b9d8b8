package vn.lachan.programs.internal;

import java.math.BigDecimal;

/**
 * One criterion of a set: a weight from 0 to 100 and a threshold, held against a platform
 * figure ({@code indicator}, see {@link PlatformFigures}) or, when {@code indicator} is
 * {@code null}, against a value the ward enters with its evidence.
 */
public record Criterion(long id, int position, String code, String name, int weight, String indicator,
		Comparison comparison, BigDecimal threshold) {

	public boolean entered() {
		return this.indicator == null;
	}

	boolean met(BigDecimal value) {
		return this.comparison.holds(value, this.threshold);
	}

}
