package vn.lachan.access;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;

/**
 * The append-only audit trail. Other modules write to it through this API whenever staff
 * read a person's record. Entries never carry the personal data itself: only which
 * record, who, when and why.
 */
public interface AuditTrail {

	/**
	 * Records that a staff member read a person's record.
	 * @param reader who read it
	 * @param recordType what kind of record, e.g. {@code stay} or {@code tip-reporter}
	 * @param recordId the record's id
	 * @param unitId the unit the record belongs to
	 * @param purpose the purpose the reader stated
	 */
	void personalDataRead(CurrentUser reader, String recordType, Object recordId, Long unitId, String purpose);

	/**
	 * Records that a staff member searched for a person; the criteria are not stored.
	 */
	void personalDataSearched(CurrentUser searcher, String recordType, Long unitId, String purpose);

	/** Records any other event; {@code actor} may be {@code null} for anonymous ones. */
	void record(AuditAction action, CurrentUser actor, String recordType, Object recordId, String detail);

	PageResult<AuditEntry> search(AuditQuery query, PageQuery page);

}
