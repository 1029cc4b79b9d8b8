package vn.lachan.streets;

/**
 * A violation was recorded or moved on a step.
 */
public record ViolationChanged(ViolationFacts facts) {
}
