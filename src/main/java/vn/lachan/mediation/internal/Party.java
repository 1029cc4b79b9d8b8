package vn.lachan.mediation.internal;

/** A party or invited person, decrypted for an audited read. */
public record Party(long id, int position, boolean invited, String name, String contact, String address) {
}
