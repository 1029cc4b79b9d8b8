package vn.lachan.shared;

/**
 * A record does not exist, or lies outside the caller's scope: both answer the same, so
 * that the existence of a record outside one's scope does not leak.
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String resource, Object id) {
		super("not-found", resource + " " + id + " not found", resource);
	}

	public static NotFoundException of(String resource, Object id) {
		return new NotFoundException(resource, id);
	}

}
