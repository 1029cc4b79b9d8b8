package vn.lachan.streets.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import vn.lachan.streets.OffenderKind;

/**
 * A violation checked and ready to record, the offender's fields already encrypted.
 */
record ViolationDraft(long unitId, Long groupId, String typeCode, Instant occurredAt, LocalDate occurredOn,
		String address, String addressKey, BigDecimal latitude, BigDecimal longitude, String summary,
		OffenderKind offenderKind, String offenderName, String offenderIdentifier, String offenderKey, Long teamId,
		Long sweepId, Long tipId) {
}
