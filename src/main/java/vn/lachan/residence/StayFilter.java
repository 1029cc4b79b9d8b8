package vn.lachan.residence;

/**
 * What a list of stays shows, within the caller's scope.
 *
 * @param groupId only this residential group
 * @param accommodationId only this accommodation
 * @param presentOnly only guests who have not departed
 * @param foreignOnly only foreigners
 * @param lateOnly only late notifications
 */
public record StayFilter(Long groupId, Long accommodationId, boolean presentOnly, boolean foreignOnly,
		boolean lateOnly) {

	public static StayFilter present() {
		return new StayFilter(null, null, true, false, false);
	}

}
