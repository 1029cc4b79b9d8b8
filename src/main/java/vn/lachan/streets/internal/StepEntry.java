package vn.lachan.streets.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.streets.ViolationStep;

/**
 * One step a violation went through: on which day, entered when and by whom.
 */
@Table("streets_violation_step")
public record StepEntry(ViolationStep step, LocalDate onDay, Instant at, long accountId, String actorName,
		String note) {
}
