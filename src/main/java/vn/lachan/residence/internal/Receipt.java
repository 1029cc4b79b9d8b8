package vn.lachan.residence.internal;

/**
 * The receipt of a stay notification.
 *
 * @param notificationId the notification
 * @param receiptNumber the number the host keeps
 * @param accommodationId where the guests stay
 * @param guests how many guests it holds
 * @param late how many of them were notified late
 */
public record Receipt(long notificationId, String receiptNumber, long accommodationId, int guests, int late) {
}
