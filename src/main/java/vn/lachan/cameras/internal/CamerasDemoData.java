package vn.lachan.cameras.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.cameras.CameraStatus;
import vn.lachan.cameras.CamerasChanged;
import vn.lachan.cameras.OwnerKind;
import vn.lachan.cameras.Ownership;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Thống Nhất's cameras as the article counts them on 01/04/2022: 69 public cameras at key
 * points and 314 of agencies, businesses and households, along Võ Nguyên Giáp, Trần Thánh
 * Tông, Trường Chinh and Quốc lộ 10, installed through 2021 and early 2022. A few owners
 * have withdrawn their consent; a few cameras are faulty.
 */
@Component
@Order(DemoData.ACCESS_ORDER + 30)
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "true")
class CamerasDemoData implements ApplicationRunner {

	static final int PUBLIC_CAMERAS = 69;

	static final int PRIVATE_CAMERAS = 314;

	private static final int EVENT_LINES = 15;

	private static final Logger log = LoggerFactory.getLogger(CamerasDemoData.class);

	/** The four roads, each from one end to the other (latitude, longitude). */
	private static final Road[] ROADS = { new Road("đường Võ Nguyên Giáp", 20.4300, 106.1650, 20.4230, 106.1880),
			new Road("đường Trần Thánh Tông", 20.4395, 106.1698, 20.4300, 106.1790),
			new Road("đường Trường Chinh", 20.4380, 106.1634, 20.4260, 106.1720),
			new Road("Quốc lộ 10", 20.4390, 106.1640, 20.4340, 106.1880) };

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đỗ", "Hoàng", "Bùi", "Đặng", "Ngô",
			"Trịnh", "Đinh" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Hồng", "Xuân" };

	private static final String[] GIVEN = { "Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Long", "Hà", "Sơn", "Thảo",
			"Nam", "Yến", "Cường", "Phương" };

	private static final String[] BUSINESS = { "Cửa hàng điện máy", "Hiệu thuốc", "Cửa hàng vật liệu xây dựng",
			"Nhà hàng", "Cửa hàng xe máy", "Tiệm vàng", "Quán cà phê", "Cửa hàng tạp hóa", "Khách sạn",
			"Cửa hàng điện thoại" };

	private static final String[] BUSINESS_NAME = { "Minh Phát", "Thành Đạt", "Hưng Thịnh", "An Khang", "Phú Quý",
			"Hoàng Long", "Bảo Ngọc", "Nam Sơn" };

	private static final String[] AGENCY = { "Trường THCS Thống Nhất", "Trường Tiểu học Thống Nhất",
			"Trường Mầm non Thống Nhất", "Trạm Y tế phường Thống Nhất", "Chi nhánh Ngân hàng Nông nghiệp",
			"Bưu điện Thống Nhất", "Điện lực Nam Định – tổ Thống Nhất", "Chi cục Thuế khu vực",
			"Kho bạc Nhà nước – điểm giao dịch", "Nhà văn hóa tổ dân phố" };

	private final TerritoryCatalog territory;

	private final CameraRepository cameras;

	private final OwnerRepository owners;

	private final FieldEncryptor encryptor;

	private final ApplicationEventPublisher events;

	CamerasDemoData(TerritoryCatalog territory, CameraRepository cameras, OwnerRepository owners,
			FieldEncryptor encryptor, ApplicationEventPublisher events) {
		this.territory = territory;
		this.cameras = cameras;
		this.owners = owners;
		this.encryptor = encryptor;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long ward = this.territory.findUnitByCode("13681", DemoData.AS_OF).orElseThrow().id();
		if (this.cameras.countByUnit(ward) > 0) {
			return;
		}
		List<Long> groups = this.territory.groupsOf(ward).stream().map(ResidentialGroupSummary::id).toList();
		Random random = new Random(69314);
		List<Camera> saved = new ArrayList<>();
		for (int i = 0; i < PUBLIC_CAMERAS; i++) {
			Road road = ROADS[i % ROADS.length];
			double t = (i / ROADS.length + 0.5) / Math.ceil(PUBLIC_CAMERAS / (double) ROADS.length);
			String label = (i % 3 == 0) ? "Camera giao thông " + road.name() + " số " + (i / ROADS.length + 1)
					: "Camera an ninh " + road.name() + " số " + (i / ROADS.length + 1);
			CameraStatus status = (i % 23 == 7) ? CameraStatus.FAULTY : CameraStatus.ACTIVE;
			saved.add(camera(ward, null, Ownership.PUBLIC, label, road, t, random, groups.get(i % groups.size()), 30,
					status, installed(random), true, i));
		}
		int made = 0;
		int ownerIndex = 0;
		while (made < PRIVATE_CAMERAS) {
			Ownership ownership = (ownerIndex % 9 == 0) ? Ownership.AGENCY
					: (ownerIndex % 9 < 5) ? Ownership.BUSINESS : Ownership.HOUSEHOLD;
			int count = Math.min(PRIVATE_CAMERAS - made,
					(ownership == Ownership.HOUSEHOLD) ? 1 + ownerIndex % 2 : 1 + ownerIndex % 3);
			String name = ownerName(ownership, ownerIndex);
			OwnerInput input = new OwnerInput(
					(ownership == Ownership.HOUSEHOLD) ? OwnerKind.PERSON : OwnerKind.ORGANISATION, name,
					"09" + String.format("%08d", 12_345_678 + ownerIndex * 7919 % 80_000_000),
					(ownerIndex % 4 == 0) ? "chu" + ownerIndex + "@thongnhat.example.vn" : null);
			LocalDate since = installed(random);
			Instant registered = since.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant();
			Owner owner = this.owners
				.save(Owner.register(ward, input, Links.hash(Links.newToken()), this.encryptor, registered));
			Road road = ROADS[ownerIndex % ROADS.length];
			double t = random.nextDouble();
			Long group = groups.get((ownerIndex * 3) % groups.size());
			boolean withdrawn = ownerIndex % 17 == 5;
			for (int c = 0; c < count; c++) {
				String label = switch (ownership) {
					case AGENCY -> "Camera cổng " + (c + 1);
					case BUSINESS -> "Camera mặt tiền " + (c + 1);
					default -> "Camera trước nhà " + (c + 1);
				};
				int retention = (ownership == Ownership.HOUSEHOLD) ? 7 : (ownership == Ownership.BUSINESS) ? 15 : 30;
				CameraStatus status = ((made + c) % 41 == 13) ? CameraStatus.FAULTY : CameraStatus.ACTIVE;
				Camera camera = camera(ward, owner.id(), ownership, label, road, t, random, group, retention, status,
						since, true, made + c);
				if (withdrawn) {
					camera.withdrawConsent(registered.plusSeconds(86_400L * (30 + random.nextInt(120))));
					camera = this.cameras.save(camera);
				}
				saved.add(camera);
			}
			made += count;
			ownerIndex++;
		}
		// the event publication registry keeps each event in at most 4,000 characters
		for (int from = 0; from < saved.size(); from += EVENT_LINES) {
			this.events.publishEvent(new CamerasChanged(saved.subList(from, Math.min(saved.size(), from + EVENT_LINES))
				.stream()
				.map(Camera::line)
				.toList()));
		}
		log.info("Demo cameras loaded: {} public and {} private cameras of Thống Nhất ({} owners)", PUBLIC_CAMERAS,
				PRIVATE_CAMERAS, ownerIndex);
	}

	private Camera camera(long ward, Long ownerId, Ownership ownership, String label, Road road, double t,
			Random random, Long group, int retention, CameraStatus status, LocalDate installedOn, boolean consent,
			int index) {
		double lat = road.fromLat() + (road.toLat() - road.fromLat()) * t + (random.nextDouble() - 0.5) * 0.0004;
		double lon = road.fromLon() + (road.toLon() - road.fromLon()) * t + (random.nextDouble() - 0.5) * 0.0004;
		int number = 10 + (index * 7) % 480;
		String address = "Số " + number + " " + road.name() + ", phường Thống Nhất";
		double bearing = (road.bearing() + ((index % 2 == 0) ? 0 : 180) + random.nextInt(40) - 20 + 360) % 360;
		double view = ownership.isPublic() ? 90 : 60 + random.nextInt(4) * 15;
		int range = ownership.isPublic() ? 80 + random.nextInt(5) * 10 : 20 + random.nextInt(5) * 5;
		Instant registered = installedOn.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant();
		CameraInput input = new CameraInput(ownership, label, address, group, null, lat, lon, bearing, view, range,
				retention, status, DemoData.AS_OF.minusDays(random.nextInt(60)), installedOn, consent,
				ownership.isPublic());
		return this.cameras.save(Camera.register(ward, ownerId, input, true, registered));
	}

	private static LocalDate installed(Random random) {
		return LocalDate.of(2021, 1, 15).plusDays(random.nextInt(420));
	}

	private static String ownerName(Ownership ownership, int index) {
		return switch (ownership) {
			case AGENCY -> AGENCY[(index / 9) % AGENCY.length];
			case BUSINESS ->
				BUSINESS[index % BUSINESS.length] + " " + BUSINESS_NAME[(index / 3) % BUSINESS_NAME.length];
			default -> FAMILY[index % FAMILY.length] + " " + MIDDLE[(index / 2) % MIDDLE.length] + " "
					+ GIVEN[(index / 3) % GIVEN.length];
		};
	}

	private record Road(String name, double fromLat, double fromLon, double toLat, double toLon) {

		double bearing() {
			double east = (this.toLon - this.fromLon) * Math.cos(Math.toRadians(this.fromLat));
			double north = this.toLat - this.fromLat;
			return (Math.toDegrees(Math.atan2(east, north)) + 360) % 360;
		}

	}

}
