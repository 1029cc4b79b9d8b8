package vn.lachan.mediation.internal;

/**
 * A party or an invited person, in plain text (stored encrypted).
 *
 * @param name the full name
 * @param contact a phone number or other contact, if any
 * @param address the address, if any
 * @param invited {@code true} for a person invited to take part, {@code false} for a
 * party
 */
public record PartyDetails(String name, String contact, String address, boolean invited) {
}
