package vn.lachan.cameras.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.cameras.CameraStatus;
import vn.lachan.cameras.CameraSummary;
import vn.lachan.cameras.CamerasCatalog;
import vn.lachan.cameras.Ownership;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.TipOverview;
import vn.lachan.tips.TipsCatalog;

/**
 * Reads of the registry: lists within scope, the cones of a ward, coverage of places and
 * recent tips, gaps, and the open-data view (public cameras; private ones only counted
 * per residential group).
 */
@Service
@Transactional(readOnly = true)
public class CameraQueries implements CamerasCatalog {

	private final CameraRepository cameras;

	private final TerritoryCatalog territory;

	private final TipsCatalog tips;

	private final java.time.Clock clock;

	CameraQueries(CameraRepository cameras, TerritoryCatalog territory, TipsCatalog tips, java.time.Clock clock) {
		this.cameras = cameras;
		this.territory = territory;
		this.tips = tips;
		this.clock = clock;
	}

	@Override
	public CameraSummary camera(CurrentUser user, long cameraId) {
		Camera camera = this.cameras.findById(cameraId)
			.orElseThrow(() -> vn.lachan.shared.NotFoundException.of("camera", cameraId));
		user.require(camera.unitId(), camera.groupId(), "camera", cameraId);
		return camera.summary();
	}

	@Override
	public List<CameraSummary> camerasSeeing(long unitId, double latitude, double longitude) {
		return this.cameras.findByUnit(unitId)
			.stream()
			.filter((camera) -> camera.status() == CameraStatus.ACTIVE && camera.confirmedAt() != null)
			.filter((camera) -> camera.cone().covers(latitude, longitude))
			.map(Camera::summary)
			.toList();
	}

	/**
	 * The cameras of a ward, filtered and paged; {@code q} searches label and address.
	 */
	public PageResult<CameraSummary> search(CurrentUser user, long unitId, String q, Ownership ownership,
			CameraStatus status, PageQuery page) {
		user.requireUnit(unitId, "unit", unitId);
		String folded = (q != null && !q.isBlank()) ? VietnameseText.fold(q) : null;
		List<CameraSummary> all = this.cameras.findByUnit(unitId)
			.stream()
			.filter((camera) -> user.canSee(camera.unitId(), camera.groupId()))
			.filter((camera) -> ownership == null || camera.ownership() == ownership)
			.filter((camera) -> status == null || camera.status() == status)
			.filter((camera) -> folded == null
					|| VietnameseText.fold(camera.label() + " " + camera.address()).contains(folded))
			.map(Camera::summary)
			.toList();
		int from = (int) Math.min(all.size(), page.offset());
		int to = Math.min(all.size(), from + page.size());
		return new PageResult<>(all.subList(from, to), page.page(), page.size(), all.size());
	}

	/** Every camera of a ward with its cone, for the map. */
	public List<ConeView> cones(CurrentUser user, long unitId) {
		user.requireUnit(unitId, "unit", unitId);
		return this.cameras.findByUnit(unitId)
			.stream()
			.filter((camera) -> camera.status() != CameraStatus.REMOVED)
			.map((camera) -> new ConeView(camera.summary(), camera.cone().ringLonLat()))
			.toList();
	}

	/** Places and tips of the last 30 days, each with the active cameras that see it. */
	public Coverage coverage(CurrentUser user, long unitId) {
		user.requireUnit(unitId, "unit", unitId);
		List<Camera> active = this.cameras.findByUnit(unitId)
			.stream()
			.filter((camera) -> camera.status() == CameraStatus.ACTIVE && camera.confirmedAt() != null)
			.toList();
		List<Coverage.Seen> places = new ArrayList<>();
		for (PlaceSummary place : this.territory.placesOnMap(java.util.Set.of(unitId), 1000)) {
			if (place.latitude() == null || place.longitude() == null) {
				continue;
			}
			places.add(new Coverage.Seen(place.id(), place.name(), place.latitude().doubleValue(),
					place.longitude().doubleValue(),
					seeing(active, place.latitude().doubleValue(), place.longitude().doubleValue())));
		}
		java.time.Instant now = this.clock.instant();
		List<Coverage.Seen> recent = new ArrayList<>();
		for (TipOverview tip : this.tips.locatedTips(unitId, now.minus(java.time.Duration.ofDays(30)), now)) {
			recent.add(new Coverage.Seen(tip.tipId(), tip.receiptCode(), tip.latitude(), tip.longitude(),
					seeing(active, tip.latitude(), tip.longitude())));
		}
		return new Coverage(unitId, places, recent);
	}

	private static List<Long> seeing(List<Camera> cameras, double latitude, double longitude) {
		return cameras.stream().filter((camera) -> camera.cone().covers(latitude, longitude)).map(Camera::id).toList();
	}

	/** Public cameras (not removed) of the units; no owner data exists on them. */
	public List<ConeView> publicCameras(Collection<Long> unitIds) {
		List<ConeView> found = new ArrayList<>();
		for (Long unitId : unitIds) {
			for (Camera camera : this.cameras.findByUnit(unitId)) {
				if (camera.ownership().isPublic() && camera.status() != CameraStatus.REMOVED
						&& camera.confirmedAt() != null) {
					found.add(new ConeView(camera.summary(), camera.cone().ringLonLat()));
				}
			}
		}
		return found;
	}

	/** Private cameras (not removed, confirmed) counted per residential group. */
	public Map<Long, Long> privateCountsByGroup(Collection<Long> unitIds) {
		Map<Long, Long> counts = new HashMap<>();
		for (Long unitId : unitIds) {
			for (Camera camera : this.cameras.findByUnit(unitId)) {
				if (!camera.ownership().isPublic() && camera.status() != CameraStatus.REMOVED
						&& camera.confirmedAt() != null && camera.groupId() != null) {
					counts.merge(camera.groupId(), 1L, Long::sum);
				}
			}
		}
		return counts;
	}

	/** Registrations by owners still waiting for the ward. */
	public List<CameraSummary> awaitingConfirmation(CurrentUser user, long unitId) {
		user.requireUnit(unitId, "unit", unitId);
		return this.cameras.findByUnit(unitId)
			.stream()
			.filter((camera) -> camera.confirmedAt() == null)
			.map(Camera::summary)
			.toList();
	}

}
