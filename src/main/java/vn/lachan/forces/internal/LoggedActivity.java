package vn.lachan.forces.internal;

/**
 * The outcome of logging an activity.
 *
 * @param activity the stored activity
 * @param replayed whether it had already been stored under the same idempotency key
 */
public record LoggedActivity(Activity activity, boolean replayed) {
}
