package vn.lachan.reports.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.territory.PlaceRemoved;
import vn.lachan.territory.PlaceSaved;
import vn.lachan.territory.ResidentialGroupRemoved;
import vn.lachan.territory.ResidentialGroupSaved;

/**
 * Keeps the reports module's copy of territory figures. Every handler is idempotent: an
 * event delivered twice leaves the same rows; a saved record is inserted if new, updated
 * otherwise, safely when listeners run at the same time. Events carry no version, so two
 * saves of the same record delivered out of order leave the earlier one. See
 * {@link FeedRows}.
 */
@Component
class TerritoryFeed {

	private final JdbcClient jdbc;

	TerritoryFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ResidentialGroupSaved event) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", event.groupId());
		params.put("unit", event.unitId());
		params.put("households", event.households());
		params.put("residents", event.residents());
		FeedRows.upsert(this.jdbc, """
				INSERT INTO report_residential_group (group_id, unit_id, households, residents)
				VALUES (:id, :unit, :households, :residents)
				ON CONFLICT DO NOTHING""", """
				UPDATE report_residential_group SET unit_id = :unit, households = :households, residents = :residents
				WHERE group_id = :id""", params);
	}

	@ApplicationModuleListener
	void on(ResidentialGroupRemoved event) {
		this.jdbc.sql("DELETE FROM report_residential_group WHERE group_id = :id")
			.param("id", event.groupId())
			.update();
	}

	@ApplicationModuleListener
	void on(PlaceSaved event) {
		FeedRows.upsert(this.jdbc,
				"INSERT INTO report_place (place_id, unit_id, kind) VALUES (:id, :unit, :kind) ON CONFLICT DO NOTHING",
				"UPDATE report_place SET unit_id = :unit, kind = :kind WHERE place_id = :id",
				Map.of("id", event.placeId(), "unit", event.unitId(), "kind", event.kind().name()));
	}

	@ApplicationModuleListener
	void on(PlaceRemoved event) {
		this.jdbc.sql("DELETE FROM report_place WHERE place_id = :id").param("id", event.placeId()).update();
	}

}
