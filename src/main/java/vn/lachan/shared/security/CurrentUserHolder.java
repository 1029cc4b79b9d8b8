package vn.lachan.shared.security;

/**
 * Implemented by the security principal, so that any module can obtain the
 * {@link CurrentUser} without knowing how accounts are stored.
 */
public interface CurrentUserHolder {

	CurrentUser currentUser();

}
