package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Instant;

import vn.lachan.tips.TipChannel;

/**
 * Everything a new tip is made of, checked and with the reporter's identifying fields
 * already encrypted.
 */
record TipDraft(String receiptCode, String secretHash, String idempotencyKey, String categoryCode, TipChannel channel,
		boolean urgent, long unitId, Long groupId, Long placeId, String address, BigDecimal latitude,
		BigDecimal longitude, Instant occurredAt, Instant receivedAt, String description, String attributes,
		ReporterKind reporterKind, Long reporterAccountId, String reporterName, String reporterContact,
		String reporterIdNumber, String withheldReason, String peopleInvolved, String damage, String measuresTaken,
		String reporterKnowledge, Long receivedByAccountId) {
}
