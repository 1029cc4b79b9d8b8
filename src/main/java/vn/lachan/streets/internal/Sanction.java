package vn.lachan.streets.internal;

import java.time.LocalDate;

import vn.lachan.streets.OffenderKind;

/**
 * One entry of the sanction catalogue: the clause of a decree that sanctions a kind of
 * violation, and its fine frame.
 */
public record Sanction(long id, String decreeCode, String decreeTitle, LocalDate validFrom, LocalDate validTo,
		String typeCode, int article, int clause, String point, String conduct, long individualMin, long individualMax,
		Long organisationMin, Long organisationMax, String remedial, String verification) {

	/** Fines of an explanation-level frame: Luật XLVPHC Đ.61 k.1 (as amended in 2020). */
	static final long EXPLANATION_INDIVIDUAL = 15_000_000;

	public long min(OffenderKind kind) {
		return (kind == OffenderKind.BUSINESS) ? orDouble(this.organisationMin, this.individualMin)
				: this.individualMin;
	}

	public long max(OffenderKind kind) {
		return (kind == OffenderKind.BUSINESS) ? orDouble(this.organisationMax, this.individualMax)
				: this.individualMax;
	}

	/** Whether the offender has the right to explain: the frame reaches 15/30 million. */
	public boolean allowsExplanation(OffenderKind kind) {
		long threshold = (kind == OffenderKind.BUSINESS) ? 2 * EXPLANATION_INDIVIDUAL : EXPLANATION_INDIVIDUAL;
		return max(kind) >= threshold;
	}

	/** "Điều 12 khoản 7" or "Điều 12 khoản 2 điểm e". */
	public String reference() {
		return this.article + "." + this.clause + ((this.point != null) ? "." + this.point : "");
	}

	/** The clause as competence lists name it, e.g. {@code 12.7}. */
	public String clauseKey() {
		return this.article + "." + this.clause;
	}

	private static long orDouble(Long organisation, long individual) {
		// Luật XLVPHC Đ.23 k.2: an organisation's fine is twice an individual's
		return (organisation != null) ? organisation : 2 * individual;
	}

}
