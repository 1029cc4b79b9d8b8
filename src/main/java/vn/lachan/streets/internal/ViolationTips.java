package vn.lachan.streets.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.tips.OutcomeKind;
import vn.lachan.tips.TipLink;
import vn.lachan.tips.TipOverview;
import vn.lachan.tips.TipsCatalog;

/**
 * The tips a violation comes from, through the tips module's API: only tips of the
 * urban-order categories become violations; the tip is linked when the violation is
 * recorded and resolved when it concludes.
 */
@Component
public class ViolationTips {

	static final Set<String> CATEGORIES = Set.of("sidewalk-encroachment", "illegal-sign");

	private final TipsCatalog tips;

	ViolationTips(TipsCatalog tips) {
		this.tips = tips;
	}

	/** The tip, within scope, if its category may become a violation. */
	public TipOverview convertible(CurrentUser user, long tipId) {
		TipOverview tip = this.tips.tip(user, tipId);
		if (!CATEGORIES.contains(tip.categoryCode())) {
			throw new RuleViolationException("streets-tip-category", "This tip's category cannot become a violation",
					tip.categoryCode());
		}
		return tip;
	}

	void linked(CurrentUser user, long tipId, long violationId) {
		this.tips.link(user, tipId, link(violationId));
	}

	void concluded(CurrentUser user, long tipId, long violationId, boolean fined) {
		this.tips.resolveFromLink(user, tipId, link(violationId),
				fined ? OutcomeKind.ADMINISTRATIVE_SANCTION : OutcomeKind.PREVENTED,
				fined ? "Vi phạm đã bị xử phạt hành chính" : "Vi phạm đã được khắc phục");
	}

	static TipLink link(long violationId) {
		return new TipLink("streets", "violation", violationId);
	}

}
