package vn.lachan.access;

/**
 * What an audit event records.
 */
public enum AuditAction {

	SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, ACCOUNT_LOCKED, ACCOUNT_CREATED, ACCOUNT_CHANGED, ACCOUNT_DISABLED,
	ACCOUNT_ENABLED, PASSWORD_CHANGED, PASSWORD_RESET, TOKEN_CREATED, TOKEN_REVOKED,
	/** A staff member read a person's record. */
	PERSONAL_DATA_READ,
	/** A staff member searched for a person. */
	PERSONAL_DATA_SEARCH,
	/** A camera was registered, changed, confirmed or checked. */
	CAMERA_CHANGED,
	/** A camera's owner withdrew consent. */
	CAMERA_CONSENT_WITHDRAWN,
	/** A footage request was sent to a camera's owner. */
	FOOTAGE_REQUEST_SENT,
	/** A camera's owner answered a footage request. */
	FOOTAGE_REQUEST_ANSWERED,
	/** A footage request expired unanswered. */
	FOOTAGE_REQUEST_EXPIRED

}
