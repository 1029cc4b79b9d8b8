package vn.lachan.territory.internal;

import java.math.BigDecimal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.SystemUser;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitKind;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceKind;
import vn.lachan.territory.ResidentialGroupKind;
import vn.lachan.territory.UnitQuery;
import vn.lachan.territory.internal.TerritoryManagement.GroupDetails;
import vn.lachan.territory.internal.TerritoryManagement.PlaceDetails;

/**
 * Residential groups and places of Nam Định city in 2022, as the article describes it: Vị
 * Hoàng has 7 residential groups, Thống Nhất's add up to 2,078 households and 8,389
 * residents, and Chợ Cửa Trường in Ngô Quyền is among the places. Loaded once, in one
 * transaction, on a database without them.
 */
@Component
@Order(DemoData.TERRITORY_ORDER)
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "true")
class TerritoryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TerritoryDemoData.class);

	/** Thống Nhất's groups: households and residents, adding up to 2,078 and 8,389. */
	private static final int[][] THONG_NHAT = { { 212, 851 }, { 198, 802 }, { 225, 910 }, { 187, 756 }, { 204, 823 },
			{ 219, 884 }, { 193, 779 }, { 231, 935 }, { 206, 830 }, { 203, 819 } };

	private final AdminUnitQueries units;

	private final ResidentialGroupRepository groups;

	private final TerritoryManagement management;

	TerritoryDemoData(AdminUnitQueries units, ResidentialGroupRepository groups, TerritoryManagement management) {
		this.units = units;
		this.groups = groups;
		this.management = management;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		AdminUnitSummary viHoang = ward("13639");
		if (this.groups.countByUnit(viHoang.id()) > 0) {
			return;
		}
		AdminUnitSummary city = this.units.findByCodeOn("356", DemoData.AS_OF).orElseThrow();
		List<AdminUnitSummary> wards = this.units
			.search(new UnitQuery(city.id(), AdminLevel.COMMUNE, DemoData.AS_OF, null));
		for (AdminUnitSummary ward : wards) {
			switch (ward.code()) {
				case "13639" -> numberedGroups(ward, 7, 182, 731);
				case "13681" -> {
					for (int i = 0; i < THONG_NHAT.length; i++) {
						group(ward, "Tổ dân phố số " + (i + 1), ResidentialGroupKind.RESIDENTIAL_GROUP,
								THONG_NHAT[i][0], THONG_NHAT[i][1]);
					}
				}
				default -> numberedGroups(ward, 6 + (Integer.parseInt(ward.code()) % 7),
						150 + (Integer.parseInt(ward.code()) % 60), 620 + (Integer.parseInt(ward.code()) % 240));
			}
		}
		place("13663", "Chợ Cửa Trường", PlaceKind.MARKET, "Đường Cửa Trường, phường Ngô Quyền", "20.431800",
				"106.177000");
		place("13639", "Chợ Vị Hoàng", PlaceKind.MARKET, "Phường Vị Hoàng", "20.437400", "106.182900");
		place("13639", "Trường Tiểu học Vị Hoàng", PlaceKind.SCHOOL, "Phường Vị Hoàng", "20.438900", "106.180600");
		place("13681", "Ngã tư Trường Chinh – Quốc lộ 10", PlaceKind.PUBLIC_SPACE,
				"Đường Trường Chinh, phường Thống Nhất", "20.441700", "106.163400");
		place("13681", "Cửa hàng trên đường Trần Thánh Tông", PlaceKind.BUSINESS,
				"Đường Trần Thánh Tông, phường Thống Nhất", "20.444500", "106.169800");
		place("13699", "Khu nhà trọ Mỹ Xá", PlaceKind.BUSINESS, "Phường Mỹ Xá", "20.396900", "106.149000");
		place("13684", "Khu dân cư Lộc Hạ", PlaceKind.PUBLIC_SPACE, "Phường Lộc Hạ", "20.446600", "106.179900");
		place("13696", "Chợ Nam Phong", PlaceKind.MARKET, "Xã Nam Phong", "20.401300", "106.200800");
		log.info("Demo territory loaded: residential groups and places of {} wards and communes", wards.size());
	}

	private void numberedGroups(AdminUnitSummary ward, int count, int households, int residents) {
		boolean commune = ward.kind() == AdminUnitKind.COMMUNE;
		for (int i = 1; i <= count; i++) {
			String name = (commune ? "Xóm " : "Tổ dân phố số ") + i;
			group(ward, name, commune ? ResidentialGroupKind.HAMLET : ResidentialGroupKind.RESIDENTIAL_GROUP,
					households + (i * 7) % 23, residents + (i * 29) % 97);
		}
	}

	private void group(AdminUnitSummary ward, String name, ResidentialGroupKind kind, int households, int residents) {
		this.management.registerGroup(SystemUser.INSTANCE, ward.id(),
				new GroupDetails(name, kind, households, residents));
	}

	private void place(String wardCode, String name, PlaceKind kind, String address, String latitude,
			String longitude) {
		this.management.registerPlace(SystemUser.INSTANCE, ward(wardCode).id(),
				new PlaceDetails(name, kind, null, address, new BigDecimal(latitude), new BigDecimal(longitude)));
	}

	private AdminUnitSummary ward(String code) {
		return this.units.findByCodeOn(code, DemoData.AS_OF).orElseThrow();
	}

}
