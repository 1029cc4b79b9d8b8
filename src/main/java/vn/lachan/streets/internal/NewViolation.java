package vn.lachan.streets.internal;

import java.math.BigDecimal;
import java.time.Instant;

import vn.lachan.streets.OffenderKind;

/**
 * A violation as the field enters it, before checking.
 *
 * @param offenderName a person's full name or a business's name (encrypted when stored)
 * @param offenderIdentifier an ID number or a business's tax code (encrypted, blind
 * index)
 * @param teamId the team that found it; a force member's own team when empty
 */
public record NewViolation(long unitId, Long groupId, String typeCode, Instant occurredAt, String address,
		BigDecimal latitude, BigDecimal longitude, String summary, OffenderKind offenderKind, String offenderName,
		String offenderIdentifier, Long teamId) {
}
