package vn.lachan.programs.internal;

import java.math.BigDecimal;

/**
 * A risk indicator entered by hand for a key area (e.g. drug users under management),
 * with its baseline, current value and source.
 */
public record EnteredIndicator(String name, BigDecimal baseline, BigDecimal current, String source) {
}
