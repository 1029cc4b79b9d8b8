package vn.lachan.community.internal;

/**
 * A member's contacts, decrypted for staff who stated a purpose (the read is audited).
 */
public record MemberContact(long memberId, String displayName, String email, String phone) {
}
