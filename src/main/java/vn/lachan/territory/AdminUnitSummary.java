package vn.lachan.territory;

import java.time.LocalDate;

/**
 * An administrative unit as other modules and the API see it.
 *
 * @param id the surrogate id (a GSO code is not an identity)
 * @param code the GSO code
 * @param name the name, e.g. "Phường Vị Hoàng"
 * @param kind what it is
 * @param level its tier
 * @param parentId the unit above it, if any
 * @param validFrom first day of validity, {@code null} when it predates the reference
 * data
 * @param validTo first day it is no longer valid, {@code null} while valid
 */
public record AdminUnitSummary(long id, String code, String name, AdminUnitKind kind, AdminLevel level, Long parentId,
		LocalDate validFrom, LocalDate validTo) {

	public boolean validOn(LocalDate date) {
		return (this.validFrom == null || !this.validFrom.isAfter(date))
				&& (this.validTo == null || this.validTo.isAfter(date));
	}

}
