package vn.lachan.residence.internal;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A rule that says by when the stay of a guest who arrived at a given moment must be
 * notified.
 */
public interface DeadlinePolicy {

	/** The last moment a notification is on time, for a guest arriving then. */
	Instant deadline(Instant arrival, ZoneId zone);

}
