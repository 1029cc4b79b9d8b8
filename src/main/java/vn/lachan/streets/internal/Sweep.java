package vn.lachan.streets.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A sweep: one campaign on one street, on one day, by one team, entering many violations.
 */
@Table("streets_sweep")
public record Sweep(@Id Long id, long unitId, Long teamId, String street, LocalDate sweepDate, long createdBy,
		Instant createdAt) {
}
