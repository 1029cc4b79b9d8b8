package vn.lachan.tips.internal;

import java.time.Instant;

import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipStatus;

/**
 * What to look for in the inbox; any part may be {@code null}.
 *
 * @param status tips in this status
 * @param categoryCode tips of this category
 * @param channel tips received by this channel
 * @param unitId tips of this unit (within the caller's scope)
 * @param overdueOnly only tips whose clock has run out
 * @param text words of the description, address or receipt (diacritics folded)
 * @param from received on or after
 * @param to received before
 */
public record TipFilter(TipStatus status, String categoryCode, TipChannel channel, Long unitId, boolean overdueOnly,
		String text, Instant from, Instant to) {

	public static TipFilter none() {
		return new TipFilter(null, null, null, null, false, null, null, null);
	}

}
