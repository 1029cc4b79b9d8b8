package vn.lachan.cameras.internal;

import vn.lachan.cameras.OwnerKind;

/**
 * A camera's owner as entered: name and contact are personal data (stored encrypted).
 */
public record OwnerInput(OwnerKind kind, String name, String contact, String email) {

	@Override
	public String toString() {
		return "OwnerInput[kind=" + this.kind + "]";
	}

}
