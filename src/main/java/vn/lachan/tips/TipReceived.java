package vn.lachan.tips;

/**
 * A tip was received, by any channel.
 */
public record TipReceived(TipFacts facts) {
}
