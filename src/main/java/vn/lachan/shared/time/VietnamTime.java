package vn.lachan.shared.time;

import java.time.ZoneId;

/**
 * Times are stored as UTC instants and shown, and deadlines computed, in Vietnam's zone.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

}
