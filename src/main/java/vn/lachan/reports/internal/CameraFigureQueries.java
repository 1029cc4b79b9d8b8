package vn.lachan.reports.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.reports.CameraFigures;

/**
 * The cameras' figures, from the reports module's own tables: cameras installed by the
 * date and not removed before it, confirmed by the ward; requests sent up to the date.
 */
@Service
@Transactional(readOnly = true)
public class CameraFigureQueries {

	private final JdbcClient jdbc;

	CameraFigureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param unitId the unit asked for (reported back)
	 * @param unitIds the units to count, {@code null} for all
	 */
	public CameraFigures figures(Long unitId, Collection<Long> unitIds, LocalDate on) {
		return figures(unitId, unitIds, on, null, on);
	}

	/**
	 * As {@link #figures(Long, Collection, LocalDate)}, with the requests sent from
	 * {@code from} ({@code null}: from the start) to {@code to}, both included.
	 */
	public CameraFigures figures(Long unitId, Collection<Long> unitIds, LocalDate on, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("on", on);
		params.put("to", to);
		if (from != null) {
			params.put("from", from);
		}
		String units = "";
		if (unitIds != null) {
			if (unitIds.isEmpty()) {
				return new CameraFigures(unitId, on, 0, 0, Map.of(), Map.of(), 0, 0, 0, 0, 0);
			}
			units = " AND unit_id IN (:units)";
			params.put("units", List.copyOf(unitIds));
		}
		String standing = " WHERE confirmed = TRUE AND installed_on <= :on AND (removed_on IS NULL OR removed_on > :on)"
				+ units;
		Map<String, Long> byOwnership = new TreeMap<>();
		this.jdbc.sql("SELECT ownership, COUNT(*) FROM report_cameras_camera" + standing + " GROUP BY ownership")
			.params(params)
			.query((rs) -> {
				byOwnership.put(rs.getString(1), rs.getLong(2));
			});
		Map<String, Long> byStatus = new TreeMap<>();
		this.jdbc.sql("SELECT status, COUNT(*) FROM report_cameras_camera" + standing + " GROUP BY status")
			.params(params)
			.query((rs) -> {
				byStatus.put(rs.getString(1), rs.getLong(2));
			});
		long publicCameras = byOwnership.getOrDefault("PUBLIC", 0L);
		long privateCameras = byOwnership.values().stream().mapToLong(Long::longValue).sum() - publicCameras;
		Map<String, Long> requests = new HashMap<>();
		this.jdbc
			.sql("SELECT status, COUNT(*) FROM report_cameras_request WHERE sent_on <= :to"
					+ ((from != null) ? " AND sent_on >= :from" : "") + units + " GROUP BY status")
			.params(params)
			.query((rs) -> {
				requests.put(rs.getString(1), rs.getLong(2));
			});
		long provided = requests.getOrDefault("PROVIDED", 0L);
		long declined = requests.getOrDefault("DECLINED", 0L);
		long sent = requests.values().stream().mapToLong(Long::longValue).sum();
		return new CameraFigures(unitId, on, publicCameras, privateCameras, byOwnership, byStatus, sent,
				provided + declined, provided, declined, requests.getOrDefault("EXPIRED", 0L));
	}

}
