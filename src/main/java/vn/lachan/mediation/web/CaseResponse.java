package vn.lachan.mediation.web;

import java.time.LocalDate;
import java.util.List;

import vn.lachan.mediation.internal.MediationCase;
import vn.lachan.mediation.internal.MediationSession;

/** A case over the API, without the parties' details (read those under audit). */
record CaseResponse(long id, long unitId, long teamId, String grounds, String kind, String summary,
		LocalDate receivedOn, LocalDate startBy, boolean lateStart, String status, String outcomeNote,
		LocalDate closedOn, Long tipId, List<Long> mediatorIds, List<MediationSession> sessions) {

	static CaseResponse of(MediationCase c, LocalDate today) {
		return new CaseResponse(c.id(), c.unitId(), c.teamId(), c.grounds().name(), c.kind().name(), c.summary(),
				c.receivedOn(), c.startBy(), c.lateStart(today), c.status().name(), c.outcomeNote(), c.closedOn(),
				c.tipId(), c.mediatorIds(), c.sessions());
	}

}
