package vn.lachan.reports.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lachan.cameras.CamerasChanged;
import vn.lachan.cameras.CamerasChanged.CameraLine;
import vn.lachan.cameras.FootageRequestChanged;

/**
 * Keeps the reports module's copy of the cameras and footage requests: each event carries
 * the record's whole state, so handling it twice leaves the same rows.
 */
@Component
class CamerasFeed {

	private final JdbcClient jdbc;

	CamerasFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CamerasChanged event) {
		for (CameraLine camera : event.cameras()) {
			Map<String, Object> params = new HashMap<>();
			params.put("id", camera.cameraId());
			params.put("unit", camera.unitId());
			params.put("group", camera.groupId());
			params.put("ownership", camera.ownership().name());
			params.put("status", camera.status().name());
			params.put("installed", camera.installedOn());
			params.put("removed", camera.removedOn());
			params.put("confirmed", camera.confirmed());
			FeedRows.upsert(this.jdbc, """
					INSERT INTO report_cameras_camera (camera_id, unit_id, group_id, ownership, status, installed_on,
					  removed_on, confirmed)
					VALUES (:id, :unit, :group, :ownership, :status, :installed, :removed, :confirmed)
					ON CONFLICT DO NOTHING""", """
					UPDATE report_cameras_camera SET unit_id = :unit, group_id = :group, ownership = :ownership,
					  status = :status, installed_on = :installed, removed_on = :removed, confirmed = :confirmed
					WHERE camera_id = :id""", params);
		}
	}

	@ApplicationModuleListener
	void on(FootageRequestChanged event) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", event.requestId());
		params.put("unit", event.unitId());
		params.put("sent", event.sentOn());
		params.put("status", event.status().name());
		params.put("answered", event.answeredOn());
		FeedRows.upsert(this.jdbc, """
				INSERT INTO report_cameras_request (request_id, unit_id, sent_on, status, answered_on)
				VALUES (:id, :unit, :sent, :status, :answered)
				ON CONFLICT DO NOTHING""", """
				UPDATE report_cameras_request SET unit_id = :unit, sent_on = :sent, status = :status,
				  answered_on = :answered WHERE request_id = :id""", params);
	}

}
