package vn.lachan.cameras.internal;

import java.util.List;

/**
 * Which places and recent tips of a ward the active cameras see; gaps are the places no
 * camera sees.
 */
public record Coverage(long unitId, List<Seen> places, List<Seen> recentTips) {

	public List<Seen> gaps() {
		return this.places.stream().filter((place) -> place.cameraIds().isEmpty()).toList();
	}

	public record Seen(long id, String name, double latitude, double longitude, List<Long> cameraIds) {
	}

}
