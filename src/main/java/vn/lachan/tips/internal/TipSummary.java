package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Instant;

import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipStatus;

/**
 * A tip as lists and the map show it: no reporter.
 */
public record TipSummary(long id, String receiptCode, String categoryCode, TipChannel channel, TipStatus status,
		boolean urgent, boolean overdue, long unitId, Long groupId, Instant receivedAt, String excerpt, String address,
		BigDecimal latitude, BigDecimal longitude, Long assigneeAccountId) {
}
