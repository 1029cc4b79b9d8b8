package vn.lachan.tips.internal;

/**
 * Who reported a tip: nobody known, a person who gave their name or contact, or a
 * signed-in member of staff.
 */
public enum ReporterKind {

	ANONYMOUS, IDENTIFIED, STAFF

}
