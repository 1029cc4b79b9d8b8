package vn.lachan.tips;

/**
 * A tip was assigned, verified, resolved, rejected, transferred or otherwise changed.
 */
public record TipChanged(TipFacts facts) {
}
