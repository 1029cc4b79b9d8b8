package vn.lachan.mediation;

import java.time.LocalDate;

/**
 * What every mediation event says about its case, so that a listener can file an event
 * whatever order the events arrive in. No party's details.
 *
 * @param caseId the case
 * @param unitId the ward or commune
 * @param kind the kind of dispute ({@code NEIGHBOURS}, {@code LAND}, …)
 * @param receivedOn the day the case was received
 */
public record MediationCaseFacts(long caseId, long unitId, String kind, LocalDate receivedOn) {
}
