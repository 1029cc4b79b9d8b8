package vn.lachan.residence;

import java.time.Instant;

/**
 * A host notified the stay of guests at an accommodation: one event per notification,
 * with its counts (the guests themselves stay in the residence module).
 *
 * @param notificationId the notification
 * @param accommodationId where the guests stay
 * @param unitId the ward of the accommodation
 * @param groupId its residential group, if any
 * @param guests how many guests it declared
 * @param foreigners how many of them are foreigners
 * @param late how many were notified after their deadline
 * @param notifiedAt when
 * @param departed how many of them had already left when the notification was recorded
 * (historical records; 0 for a live notification)
 * @param foreignDeparted how many of those were foreigners
 */
public record StaysNotified(long notificationId, long accommodationId, long unitId, Long groupId, int guests,
		int foreigners, int late, Instant notifiedAt, int departed, int foreignDeparted) {
}
