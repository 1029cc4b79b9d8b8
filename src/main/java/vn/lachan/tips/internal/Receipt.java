package vn.lachan.tips.internal;

/**
 * What a public reporter gets back once: the receipt code and the secret that opens it.
 *
 * @param tipId the tip's id
 * @param code the receipt code
 * @param secret the secret, shown once and stored only as a hash
 */
public record Receipt(long tipId, String code, String secret) {
}
