package vn.lachan.access;

import java.time.Instant;

/**
 * One event of the audit trail, as the admin page and the API show it.
 */
public record AuditEntry(long id, Instant occurredAt, AuditAction action, Long actorId, String actorUsername,
		String recordType, String recordId, Long unitId, String purpose, String detail) {
}
