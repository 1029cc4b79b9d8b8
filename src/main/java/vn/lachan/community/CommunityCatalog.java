package vn.lachan.community;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of the community module. No scope: callers check it.
 */
public interface CommunityCatalog {

	/** The groups bound to a place (a market's traders), for its public page. */
	List<GroupSummary> groupsAtPlace(long placeId);

	/** A group by its id. */
	Optional<GroupSummary> group(long groupId);

	/** The groups of a unit. */
	List<GroupSummary> groupsOf(long unitId);

}
