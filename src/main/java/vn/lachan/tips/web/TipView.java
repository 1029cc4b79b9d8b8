package vn.lachan.tips.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.internal.ReporterKind;
import vn.lachan.tips.internal.RejectionReason;
import vn.lachan.tips.internal.TimelineEntry;
import vn.lachan.tips.internal.Tip;
import vn.lachan.tips.internal.TipMessage;
import vn.lachan.tips.internal.TipOutcome;

/**
 * A tip as the API shows it to staff. The reporter's identity is never part of it: it has
 * its own, audited resource.
 */
record TipView(long id, int version, String receiptCode, String categoryCode, TipChannel channel, TipStatus status,
		boolean urgent, String urgencyReason, boolean overdue, long unitId, Long groupId, Long placeId, String address,
		BigDecimal latitude, BigDecimal longitude, Instant occurredAt, Instant receivedAt, String description,
		String attributes, ReporterKind reporterKind, boolean reporterIdentityRecorded, String peopleInvolved,
		String damage, String measuresTaken, String reporterKnowledge, Long receivedByAccountId, Long assigneeAccountId,
		Long assigneeTeamId, Instant classifyBy, Instant forwardBy, Instant classifiedAt, Instant closedAt,
		RejectionReason rejectionReason, Long duplicateOfId, String transferredTo, Instant transferredAt,
		List<TimelineEntry> timeline, List<TipMessage> messages, List<TipOutcome> outcomes, String publicOutcome) {

	static TipView of(Tip tip, Instant now) {
		return new TipView(tip.id(), tip.version(), tip.receiptCode(), tip.categoryCode(), tip.channel(), tip.status(),
				tip.urgent(), tip.urgencyReason(), tip.overdue(now), tip.unitId(), tip.groupId(), tip.placeId(),
				tip.address(), tip.latitude(), tip.longitude(), tip.occurredAt(), tip.receivedAt(), tip.description(),
				tip.attributes(), tip.reporterKind(), tip.hasReporterIdentity(), tip.peopleInvolved(), tip.damage(),
				tip.measuresTaken(), tip.reporterKnowledge(), tip.receivedByAccountId(), tip.assigneeAccountId(),
				tip.assigneeTeamId(), tip.classifyBy(), tip.forwardBy(), tip.classifiedAt(), tip.closedAt(),
				tip.rejectionReason(), tip.duplicateOfId(), tip.transferredTo(), tip.transferredAt(), tip.timeline(),
				tip.messages(), tip.outcomes(), tip.publicOutcome());
	}

}
