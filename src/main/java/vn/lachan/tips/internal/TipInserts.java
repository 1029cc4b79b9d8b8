package vn.lachan.tips.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.lachan.shared.jdbc.MultiRowInsert;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Inserts new tips with multi-row statements ({@link MultiRowInsert}): the one insert
 * path of every channel, the public ones in groups ({@link TipIntakeWriter}), where
 * mapping each aggregate through Spring Data JDBC cost the writer as much CPU as the rest
 * of the request, staff tips one at a time in their own transaction. It writes the same
 * rows as {@code TipRepository.save} would for a new tip
 * ({@code TipInsertsIntegrationTests} compares the two column by column, so that the
 * aggregate's mapping and this one cannot drift apart); every later change of a tip goes
 * through the repository.
 */
@Component
class TipInserts {

	private static final MultiRowInsert TIP = new MultiRowInsert("tip",
			List.of("receipt_code", "secret_hash", "idempotency_key", "category_code", "channel", "status", "urgent",
					"urgency_reason", "unit_id", "group_id", "place_id", "address", "latitude", "longitude",
					"occurred_at", "received_at", "description", "search_text", "attributes", "reporter_kind",
					"reporter_account_id", "reporter_name", "reporter_contact", "reporter_id_number", "withheld_reason",
					"people_involved", "damage", "measures_taken", "reporter_knowledge", "received_by_account_id",
					"assignee_account_id", "assignee_team_id", "classify_by", "forward_by", "classified_at",
					"closed_at", "rejection_reason", "duplicate_of_id", "transferred_to", "transferred_at",
					"updated_at", "version"),
			"");

	private static final MultiRowInsert TIMELINE = new MultiRowInsert("tip_timeline",
			List.of("tip_id", "position", "at", "kind", "actor_account_id", "actor_name", "note"), "");

	private final JdbcTemplate jdbc;

	TipInserts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts new tips with their timelines, in the caller's transaction, and gives each
	 * its id. New tips have neither messages nor outcomes.
	 */
	void insert(List<Tip> tips) {
		for (Tip tip : tips) {
			if (tip.id() != null || !tip.messages().isEmpty() || !tip.outcomes().isEmpty()) {
				throw new IllegalArgumentException("Only new tips, without messages or outcomes, are inserted here");
			}
		}
		List<Long> ids = TIP.insertReturningKeys(this.jdbc, tips.stream().map(TipInserts::values).toList(), "id");
		List<Object[]> timeline = new ArrayList<>();
		for (int i = 0; i < tips.size(); i++) {
			Tip tip = tips.get(i);
			tip.inserted(ids.get(i));
			int position = 0;
			for (TimelineEntry entry : tip.timeline()) {
				timeline.add(new Object[] { tip.id(), position++, utc(entry.at()), entry.kind().name(),
						entry.actorAccountId(), entry.actorName(), entry.note() });
			}
		}
		TIMELINE.insert(this.jdbc, timeline);
	}

	private static Object[] values(Tip tip) {
		return new Object[] { tip.receiptCode(), tip.secretHash(), tip.idempotencyKey(), tip.categoryCode(),
				tip.channel().name(), tip.status().name(), tip.urgent(), tip.urgencyReason(), tip.unitId(),
				tip.groupId(), tip.placeId(), tip.address(), tip.latitude(), tip.longitude(), utc(tip.occurredAt()),
				utc(tip.receivedAt()), tip.description(), tip.searchText(), tip.attributes(), tip.reporterKind().name(),
				tip.reporterAccountId(), tip.reporterName(), tip.reporterContact(), tip.reporterIdNumber(),
				tip.withheldReason(), tip.peopleInvolved(), tip.damage(), tip.measuresTaken(), tip.reporterKnowledge(),
				tip.receivedByAccountId(), tip.assigneeAccountId(), tip.assigneeTeamId(), utc(tip.classifyBy()),
				utc(tip.forwardBy()), utc(tip.classifiedAt()), utc(tip.closedAt()),
				(tip.rejectionReason() != null) ? tip.rejectionReason().name() : null, tip.duplicateOfId(),
				tip.transferredTo(), utc(tip.transferredAt()), utc(tip.updatedAt()), 0 };
	}

}
