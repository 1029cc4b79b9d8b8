package vn.lachan.mediation.internal;

import java.time.LocalDate;

/**
 * A mediator's check of how the parties carry out their agreement (Đ.26).
 *
 * @param id the stored check, {@code null} before it is stored
 * @param checkedOn the day of the check
 * @param performance how far the agreement is carried out
 * @param note what the mediator found
 */
public record FollowUp(Long id, LocalDate checkedOn, Performance performance, String note) {

	/** How far an agreement is carried out. */
	public enum Performance {

		PERFORMED, PARTLY_PERFORMED, NOT_PERFORMED

	}

}
