package vn.lachan.streets.internal;

import java.util.Optional;

import vn.lachan.shared.RuleViolationException;
import vn.lachan.streets.OffenderKind;

/**
 * Whether a title may decide this fine: the fine lies within the frame of the entry in
 * force on the violation's date, and within the title's competence under that decree.
 */
public final class FinePolicy {

	private FinePolicy() {
	}

	/**
	 * @throws RuleViolationException {@code no-sanction-in-force},
	 * {@code fine-out-of-range}, {@code title-not-competent} or {@code above-ceiling}
	 */
	public static void check(Optional<Sanction> inForce, Optional<Competence> competence, OffenderKind kind,
			long fine) {
		Sanction sanction = inForce.orElseThrow(() -> new RuleViolationException("streets-no-sanction-in-force",
				"No sanction in force for this violation on its date"));
		long min = sanction.min(kind);
		long max = sanction.max(kind);
		if (fine < min || fine > max) {
			throw new RuleViolationException("streets-fine-out-of-range", "Fine outside the frame in force", fine, min,
					max, sanction.decreeTitle(), sanction.reference());
		}
		Competence title = competence.orElseThrow(() -> new RuleViolationException("streets-title-not-competent",
				"The title has no competence under this decree", sanction.decreeTitle()));
		if (!title.covers(sanction)) {
			throw new RuleViolationException("streets-title-not-competent", "The title may not sanction this clause",
					sanction.decreeTitle());
		}
		if (fine > title.ceiling(kind)) {
			throw new RuleViolationException("streets-above-ceiling", "Fine above the title's ceiling", fine,
					title.ceiling(kind));
		}
	}

}
