package vn.lachan.reports.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.forces.ActivityLogged;
import vn.lachan.forces.MembershipsChanged;
import vn.lachan.forces.MembershipsChanged.MembershipLine;
import vn.lachan.forces.TeamsChanged;
import vn.lachan.forces.TeamsChanged.TeamLine;

/**
 * Keeps the reports module's copy of the forces. Every line carries the record's whole
 * state, so handling an event twice leaves the same rows; see {@link FeedRows} for
 * listeners that race.
 */
@Component
class ForcesFeed {

	private final JdbcClient jdbc;

	ForcesFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(TeamsChanged event) {
		for (TeamLine team : event.teams()) {
			Map<String, Object> params = new HashMap<>();
			params.put("id", team.teamId());
			params.put("unit", team.unitId());
			params.put("kind", team.kind());
			params.put("founded", team.foundedOn());
			params.put("ended", team.endedOn());
			FeedRows.upsert(this.jdbc, """
					INSERT INTO report_forces_team (team_id, unit_id, kind, founded_on, ended_on)
					VALUES (:id, :unit, :kind, :founded, :ended)
					ON CONFLICT DO NOTHING""",
					"""
							UPDATE report_forces_team SET unit_id = :unit, kind = :kind, founded_on = :founded, ended_on = :ended
							WHERE team_id = :id""",
					params);
		}
	}

	@ApplicationModuleListener
	void on(MembershipsChanged event) {
		for (MembershipLine membership : event.memberships()) {
			Map<String, Object> params = new HashMap<>();
			params.put("id", membership.membershipId());
			params.put("team", membership.teamId());
			params.put("person", membership.personId());
			params.put("joined", membership.joinedOn());
			params.put("left", membership.leftOn());
			FeedRows.upsert(this.jdbc, """
					INSERT INTO report_forces_membership (membership_id, team_id, person_id, joined_on, left_on)
					VALUES (:id, :team, :person, :joined, :left)
					ON CONFLICT DO NOTHING""", """
					UPDATE report_forces_membership SET team_id = :team, person_id = :person, joined_on = :joined,
					  left_on = :left WHERE membership_id = :id""", params);
		}
	}

	@ApplicationModuleListener
	void on(ActivityLogged event) {
		this.jdbc.sql("DELETE FROM report_forces_activity WHERE activity_id = :id")
			.param("id", event.activityId())
			.update();
		this.jdbc.sql("""
				INSERT INTO report_forces_activity (activity_id, team_id, unit_id, kind, occurred_on, activity_month)
				VALUES (:id, :team, :unit, :kind, :on, :month)
				""")
			.param("id", event.activityId())
			.param("team", event.teamId())
			.param("unit", event.unitId())
			.param("kind", event.kind().name())
			.param("on", event.occurredOn())
			.param("month", event.occurredOn().toString().substring(0, 7))
			.update();
	}

}
