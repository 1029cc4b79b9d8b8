package vn.lachan.reports.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.residence.GuestDeparted;
import vn.lachan.residence.StaysNotified;
import vn.lachan.residence.StaysPurged;
import vn.lachan.residence.TemporaryResidenceChanged;

/**
 * Keeps the reports module's residence figures. Counting handlers first record the
 * event's key, so an event delivered twice counts once; the temporary residence copy is
 * upserted.
 */
@Component
class ResidenceFeed {

	private final JdbcClient jdbc;

	ResidenceFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(StaysNotified event) {
		if (firstTime("notified:" + event.notificationId())) {
			add(event.unitId(), event.groupId(),
					"notifications = notifications + 1, guests = guests + " + event.guests()
							+ ", foreign_guests = foreign_guests + " + event.foreigners()
							+ ", late_guests = late_guests + " + event.late());
		}
	}

	@ApplicationModuleListener
	void on(GuestDeparted event) {
		if (firstTime("departed:" + event.stayId())) {
			add(event.unitId(), event.groupId(),
					"departed = departed + 1" + (event.foreigner() ? ", foreign_departed = foreign_departed + 1" : ""));
		}
	}

	@ApplicationModuleListener
	void on(StaysPurged event) {
		if (firstTime("purged:" + event.runAt().toEpochMilli() + ":" + event.unitId())) {
			add(event.unitId(), null, "purged_present = purged_present + " + event.present()
					+ ", purged_foreign = purged_foreign + " + event.foreignPresent());
		}
	}

	@ApplicationModuleListener
	void on(TemporaryResidenceChanged event) {
		this.jdbc.sql("DELETE FROM report_temporary_residence WHERE residence_id = :id")
			.param("id", event.residenceId())
			.update();
		if (event.active()) {
			this.jdbc.sql(
					"INSERT INTO report_temporary_residence (residence_id, unit_id, ends_on) VALUES (:id, :unit, :ends)")
				.param("id", event.residenceId())
				.param("unit", event.unitId())
				.param("ends", event.endsOn())
				.update();
		}
	}

	private boolean firstTime(String key) {
		try {
			this.jdbc.sql("INSERT INTO report_stay_event (event_key) VALUES (:key)").param("key", key).update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void add(long unitId, Long groupId, String increments) {
		long groupKey = (groupId != null) ? groupId : 0L;
		// concurrent listeners: the row is created once (a second insert waits, then does
		// nothing)
		this.jdbc
			.sql("INSERT INTO report_stay_figures (unit_id, group_key) VALUES (:unit, :group) ON CONFLICT DO NOTHING")
			.param("unit", unitId)
			.param("group", groupKey)
			.update();
		this.jdbc.sql("UPDATE report_stay_figures SET " + increments + " WHERE unit_id = :unit AND group_key = :group")
			.param("unit", unitId)
			.param("group", groupKey)
			.update();
	}

}
