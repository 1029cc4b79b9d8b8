package vn.lachan.cameras;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.TipLink;
import vn.lachan.tips.TipOpening;
import vn.lachan.tips.TipsCatalog;

/**
 * Tips and camera bodies for the cameras' tests, in Thống Nhất, at points away from the
 * demo cameras' roads.
 */
final class CameraFixtures {

	private static final AtomicLong SOURCES = new AtomicLong(System.nanoTime());

	private final TerritoryCatalog territory;

	private final AccessCatalog accounts;

	private final TipsCatalog tips;

	CameraFixtures(TerritoryCatalog territory, AccessCatalog accounts, TipsCatalog tips) {
		this.territory = territory;
		this.accounts = accounts;
		this.tips = tips;
	}

	long thongNhat() {
		return unit("13681");
	}

	long unit(String code) {
		return this.territory.findUnitByCode(code, DemoData.AS_OF).orElseThrow().id();
	}

	CurrentUser officer() {
		long unitId = thongNhat();
		AccountSummary account = this.accounts.accountsOf(Role.WARD_OFFICER, unitId).get(0);
		return new CurrentUser(account.id(), account.username(), account.displayName(), Role.WARD_OFFICER, unitId,
				Set.of(unitId), Set.of());
	}

	/** A theft tip in Thống Nhất at that point and time. */
	long tip(double latitude, double longitude, Instant occurredAt) {
		return this.tips
			.open(officer(),
					new TipOpening(thongNhat(), null, "theft", "Mất trộm xe máy để trước cửa hàng, khoảng 21 giờ.",
							latitude, longitude, "Ngõ 12 đường Lê Đức Thọ, phường Thống Nhất", occurredAt, false,
							new TipLink("cameras", "test", SOURCES.incrementAndGet())))
			.tipId();
	}

	/** What a test camera is called after its ownership, as a person would name it. */
	private static final java.util.Map<String, String> LABELS = java.util.Map.of("PUBLIC", "công cộng", "AGENCY",
			"cơ quan", "BUSINESS", "cửa hàng", "HOUSEHOLD", "hộ dân");

	/**
	 * A camera body: at a point, looking along a bearing, with the given view, range and
	 * retention; private ones name an owner.
	 */
	static String camera(long unit, String ownership, double latitude, double longitude, double bearing, double view,
			int range, int retention, String ownerName, String ownerEmail) {
		boolean isPublic = ownership.equals("PUBLIC");
		return String.format(Locale.ROOT, """
				{"unitId":%d,"ownership":"%s","label":"Camera thử %s","address":"Đường Lê Đức Thọ, phường Thống Nhất",
				 "latitude":%.6f,"longitude":%.6f,"bearing":%.1f,"fieldOfView":%.1f,"rangeMetres":%d,
				 "retentionDays":%d,"status":"ACTIVE","installedOn":"2026-01-05","footageRequestsAllowed":true,
				 "liveViewAllowed":false%s}""", unit, ownership, LABELS.getOrDefault(ownership, "khác"), latitude,
				longitude, bearing, view, range, retention,
				isPublic ? ""
						: String.format(
								",\"ownerKind\":\"PERSON\",\"ownerName\":\"%s\",\"ownerContact\":\"0912 345 678\"%s",
								ownerName, (ownerEmail != null) ? ",\"ownerEmail\":\"" + ownerEmail + "\"" : ""));
	}

	/** Degrees of latitude for that many metres. */
	static double north(double metres) {
		return metres / 111_320.0;
	}

}
