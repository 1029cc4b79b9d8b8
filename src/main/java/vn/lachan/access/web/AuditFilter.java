package vn.lachan.access.web;

import org.springframework.web.util.UriComponentsBuilder;

import vn.lachan.access.AuditAction;
import vn.lachan.access.AuditQuery;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.shared.web.PeriodFields;

/**
 * The filters of the audit page; dates are days in Vietnam's time zone, both inclusive.
 */
class AuditFilter extends PeriodFields {

	private AuditAction action;

	private String actor;

	private String recordType;

	private String recordId;

	AuditQuery query() {
		return new AuditQuery(this.action, this.actor, this.recordType, this.recordId,
				(getFrom() != null) ? getFrom().atStartOfDay(VietnamTime.ZONE).toInstant() : null,
				(getTo() != null) ? getTo().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant() : null);
	}

	/** The page's address with these filters, ready for {@code page=} to be appended. */
	String pagerBase(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		add(uri, "action", (this.action != null) ? this.action.name() : null);
		add(uri, "actor", this.actor);
		add(uri, "recordType", this.recordType);
		add(uri, "recordId", this.recordId);
		add(uri, "from", (getFrom() != null) ? getFrom().toString() : null);
		add(uri, "to", (getTo() != null) ? getTo().toString() : null);
		String base = uri.encode().build().toUriString();
		return base + (base.contains("?") ? "&" : "?");
	}

	private static void add(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value.strip());
		}
	}

	public AuditAction getAction() {
		return this.action;
	}

	public void setAction(AuditAction action) {
		this.action = action;
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getRecordType() {
		return this.recordType;
	}

	public void setRecordType(String recordType) {
		this.recordType = recordType;
	}

	public String getRecordId() {
		return this.recordId;
	}

	public void setRecordId(String recordId) {
		this.recordId = recordId;
	}

}
