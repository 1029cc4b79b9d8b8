package vn.lachan.cameras;

/**
 * A camera's owner is a person or an organisation.
 */
public enum OwnerKind {

	PERSON, ORGANISATION

}
