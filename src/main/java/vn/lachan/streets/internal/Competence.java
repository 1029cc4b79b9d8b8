package vn.lachan.streets.internal;

import java.util.Set;

import vn.lachan.streets.OffenderKind;

/**
 * What a title may fine under a decree.
 *
 * @param titleCode the title
 * @param fineCeiling the ceiling for individuals; organisations: twice
 * @param clauses the clauses it may sanction ("12.7"), empty when not limited
 */
public record Competence(String decreeCode, String titleCode, long fineCeiling, Set<String> clauses) {

	public Competence {
		clauses = Set.copyOf(clauses);
	}

	public long ceiling(OffenderKind kind) {
		return (kind == OffenderKind.BUSINESS) ? 2 * this.fineCeiling : this.fineCeiling;
	}

	public boolean covers(Sanction sanction) {
		return this.clauses.isEmpty() || this.clauses.contains(sanction.clauseKey());
	}

}
