package vn.lachan.shared.jdbc;

import org.springframework.data.annotation.Id;

/**
 * What every record kept for a ward carries (Spring Data JDBC maps the inherited columns
 * {@code id}, {@code unit_id} and {@code group_id}): its id, the unit it belongs to, by
 * which a caller's scope is checked, and the residential group it lies in, if any.
 */
public abstract class WardRecord {

	@Id
	private Long id;

	private long unitId;

	private Long groupId;

	protected WardRecord() {
	}

	/** The id; {@code null} until the record is first saved. */
	public Long id() {
		return this.id;
	}

	public long unitId() {
		return this.unitId;
	}

	/** The residential group; {@code null} when not known. */
	public Long groupId() {
		return this.groupId;
	}

	/** Places a new record in its unit. */
	protected void placeIn(long unitId) {
		this.unitId = unitId;
	}

	protected void moveToGroup(Long groupId) {
		this.groupId = groupId;
	}

}
