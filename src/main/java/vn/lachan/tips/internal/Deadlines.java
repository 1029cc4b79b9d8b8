package vn.lachan.tips.internal;

import java.time.Instant;

/**
 * The clocks of one tip.
 *
 * @param classifyBy when it must be classified by
 * @param forwardBy when it must be resolved or forwarded to the competent body by
 */
public record Deadlines(Instant classifyBy, Instant forwardBy) {
}
