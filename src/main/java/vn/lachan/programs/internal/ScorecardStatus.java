package vn.lachan.programs.internal;

/**
 * Where a ward's scorecard stands: the ward fills a {@code DRAFT} and submits it; the
 * committee approves it (locked from then on) or returns it with a comment, and a
 * {@code RETURNED} scorecard is filled and submitted again.
 */
public enum ScorecardStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED;

	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
