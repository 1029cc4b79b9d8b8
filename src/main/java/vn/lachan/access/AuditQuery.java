package vn.lachan.access;

import java.time.Instant;

/**
 * What to look for in the audit trail; any part may be {@code null}.
 */
public record AuditQuery(AuditAction action, String actorUsername, String recordType, String recordId, Instant from,
		Instant to) {
}
