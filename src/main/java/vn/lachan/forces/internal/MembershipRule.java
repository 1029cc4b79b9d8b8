package vn.lachan.forces.internal;

import java.time.LocalDate;

/**
 * An effective-dated membership rule of a kind of team.
 *
 * @param kind the kind of team
 * @param rule {@code MIN_AGE}, {@code MAX_AGE}, {@code MIN_RESIDENCE_MONTHS},
 * {@code MIN_MEMBERS} or {@code REQUIRES_WOMAN}
 * @param threshold the rule's number
 * @param validFrom first day it applies
 * @param validTo first day it no longer applies, {@code null} while in force
 * @param source the legal text it comes from
 */
public record MembershipRule(String kind, String rule, int threshold, LocalDate validFrom, LocalDate validTo,
		String source) {

	public static final String MIN_AGE = "MIN_AGE";

	public static final String MAX_AGE = "MAX_AGE";

	public static final String MIN_RESIDENCE_MONTHS = "MIN_RESIDENCE_MONTHS";

	public static final String MIN_MEMBERS = "MIN_MEMBERS";

	public static final String REQUIRES_WOMAN = "REQUIRES_WOMAN";

	public boolean validOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || this.validTo.isAfter(date));
	}

}
