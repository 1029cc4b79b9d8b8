package vn.lachan.programs.internal;

import java.math.BigDecimal;

/**
 * A criterion's value on a scorecard (computed from the platform or entered), its
 * evidence and whether it meets the threshold.
 */
public record Score(long criterionId, BigDecimal value, String evidence, boolean met) {
}
