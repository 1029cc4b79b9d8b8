package vn.lachan.residence;

import java.time.Instant;

/**
 * Stays past their retention period were deleted, by ward: the figures of current guests
 * lose the ones that had not departed.
 *
 * @param runAt when the purge ran
 * @param unitId the ward
 * @param stays how many stays were deleted
 * @param present how many of them had no departure recorded
 * @param foreignPresent how many of those were foreigners
 */
public record StaysPurged(Instant runAt, long unitId, int stays, int present, int foreignPresent) {
}
