package vn.lachan.residence.internal;

import java.util.List;

/**
 * What a submission stored: one receipt per accommodation, the guests added, the rows
 * that were already stored, and whether this was a repeat of an earlier submission (then
 * nothing was stored).
 */
public record DeclarationOutcome(List<Receipt> receipts, int rows, int added, int duplicates, boolean repeated) {

	public DeclarationOutcome {
		receipts = List.copyOf(receipts);
	}

}
