package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.tips.OpenedTip;
import vn.lachan.tips.OutcomeKind;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipLink;
import vn.lachan.tips.TipOpening;
import vn.lachan.tips.TipOverview;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.TipsCatalog;

/**
 * The tips module's answers to other modules, on top of intake and triage.
 */
@Service
class TipsCatalogService implements TipsCatalog {

	private final TipTriage triage;

	private final TipIntake intake;

	private final TipRepository tips;

	private final JdbcClient jdbc;

	private final Clock clock;

	TipsCatalogService(TipTriage triage, TipIntake intake, TipRepository tips, JdbcClient jdbc, Clock clock) {
		this.triage = triage;
		this.intake = intake;
		this.tips = tips;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public TipOverview tip(CurrentUser user, long tipId) {
		return overview(this.triage.find(user, tipId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<TipOverview> locatedTips(long unitId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT id, receipt_code, unit_id, group_id, place_id, category_code, channel, status, urgent,
				       received_at, occurred_at, latitude, longitude, address
				FROM tip
				WHERE unit_id = :unit AND received_at >= :from AND received_at < :to AND latitude IS NOT NULL
				ORDER BY received_at, id""")
			.param("unit", unitId)
			.param("from", java.sql.Timestamp.from(from))
			.param("to", java.sql.Timestamp.from(to))
			.query((rs, row) -> new TipOverview(rs.getLong("id"), rs.getString("receipt_code"), rs.getLong("unit_id"),
					rs.getObject("group_id", Long.class), rs.getObject("place_id", Long.class),
					rs.getString("category_code"), TipChannel.valueOf(rs.getString("channel")),
					TipStatus.valueOf(rs.getString("status")), rs.getBoolean("urgent"),
					rs.getTimestamp("received_at").toInstant(), instant(rs.getTimestamp("occurred_at")),
					rs.getBigDecimal("latitude").doubleValue(), rs.getBigDecimal("longitude").doubleValue(),
					rs.getString("address")))
			.list();
	}

	@Override
	@Transactional
	public OpenedTip open(CurrentUser user, TipOpening opening) {
		user.requireUnit(opening.unitId(), "unit", opening.unitId());
		TipSubmission report = TipSubmission.ofStaff(TipChannel.FIELD, opening.categoryCode(), opening.description(),
				opening.occurredAt(), null,
				TipPlace.given(opening.unitId(), opening.groupId(), opening.address(), decimal(opening.latitude()),
						decimal(opening.longitude())),
				ReporterDetails.NONE, opening.urgent(), null, Circumstances.NONE, null);
		Tip tip = this.intake.recordFor(user, report, opening.source().reference());
		if (tip.link(opening.source().reference(), Actor.of(user), this.clock.instant())) {
			tip = this.tips.save(tip);
		}
		return new OpenedTip(tip.id(), tip.receiptCode());
	}

	@Override
	@Transactional
	public void link(CurrentUser user, long tipId, TipLink link) {
		Tip tip = this.triage.find(user, tipId);
		if (tip.link(link.reference(), Actor.of(user), this.clock.instant())) {
			this.tips.save(tip);
		}
	}

	@Override
	@Transactional
	public void resolveFromLink(CurrentUser user, long tipId, TipLink link, OutcomeKind outcome, String note) {
		Tip tip = this.triage.find(user, tipId);
		if (!tip.status().isOpen()) {
			return;
		}
		Instant now = this.clock.instant();
		tip.link(link.reference(), Actor.of(user), now);
		tip.resolve(List.of(new TipOutcome(outcome, tip.categoryCode(), 1, 0)), note, Actor.of(user), now);
		this.tips.save(tip);
	}

	private static TipOverview overview(Tip tip) {
		return new TipOverview(tip.id(), tip.receiptCode(), tip.unitId(), tip.groupId(), tip.placeId(),
				tip.categoryCode(), tip.channel(), tip.status(), tip.urgent(), tip.receivedAt(), tip.occurredAt(),
				(tip.latitude() != null) ? tip.latitude().doubleValue() : null,
				(tip.longitude() != null) ? tip.longitude().doubleValue() : null, tip.address());
	}

	private static BigDecimal decimal(Double value) {
		return (value != null) ? BigDecimal.valueOf(value) : null;
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
