package vn.lachan.tips;

import java.util.List;

/**
 * Tips received together: public submissions committed in one transaction (see
 * {@code TipIntakeWriter}). Carries the same facts as one {@link TipReceived} per tip.
 *
 * @param facts the tips' facts, in the order they were committed
 */
public record TipsReceived(List<TipFacts> facts) {

	public TipsReceived {
		facts = List.copyOf(facts);
	}

}
