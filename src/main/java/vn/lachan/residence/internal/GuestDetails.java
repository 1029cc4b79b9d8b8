package vn.lachan.residence.internal;

import vn.lachan.residence.StayView;

/**
 * One guest's stay with the ID or passport number, shown only after an audited view.
 */
public record GuestDetails(StayView stay, String documentNumber) {
}
