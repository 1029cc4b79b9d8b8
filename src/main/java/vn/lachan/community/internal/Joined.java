package vn.lachan.community.internal;

/**
 * A joining waiting for its code: the member's private token (the address of the member's
 * page) and where the code was sent.
 */
public record Joined(String memberToken, boolean codeByEmail) {
}
