package vn.lachan.mediation.internal;

import java.time.Instant;
import java.time.LocalDate;

import vn.lachan.shared.time.VietnamTime;

/**
 * A mediator starts within three days of being assigned (Đ.20), counted in Vietnam's
 * calendar. A case is late when no session took place by then.
 */
public final class StartDeadline {

	public static final int DAYS = 3;

	public LocalDate startBy(Instant assignedAt) {
		return assignedAt.atZone(VietnamTime.ZONE).toLocalDate().plusDays(DAYS);
	}

	/**
	 * Whether the start is late.
	 * @param assignedAt when the mediators were assigned
	 * @param firstSession the first session's day, {@code null} if none yet
	 * @param today today in Vietnam
	 */
	public boolean late(Instant assignedAt, LocalDate firstSession, LocalDate today) {
		LocalDate due = startBy(assignedAt);
		return (firstSession != null) ? firstSession.isAfter(due) : today.isAfter(due);
	}

}
