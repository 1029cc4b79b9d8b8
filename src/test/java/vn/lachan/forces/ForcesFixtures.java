package vn.lachan.forces;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.shared.DemoData;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Finds the demo records the forces' tests work with, and makes unique names.
 */
final class ForcesFixtures {

	static final String SECURITY_TEAM = "Tổ bảo vệ dân phố phường Vị Hoàng";

	private final JdbcClient jdbc;

	private final TerritoryCatalog territory;

	ForcesFixtures(JdbcClient jdbc, TerritoryCatalog territory) {
		this.jdbc = jdbc;
		this.territory = territory;
	}

	long unit(String code) {
		return this.territory.findUnitByCode(code, DemoData.AS_OF).orElseThrow().id();
	}

	long viHoang() {
		return unit("13639");
	}

	long thongNhat() {
		return unit("13681");
	}

	long securityTeam() {
		return this.jdbc.sql("SELECT id FROM forces_team WHERE name = :name AND unit_id = :unit")
			.param("name", SECURITY_TEAM)
			.param("unit", viHoang())
			.query(Long.class)
			.single();
	}

	/** A team of Thống Nhất from the demo data. */
	long thongNhatTeam() {
		return this.jdbc.sql("SELECT MIN(id) FROM forces_team WHERE unit_id = :unit")
			.param("unit", thongNhat())
			.query(Long.class)
			.single();
	}

	long accountId(String username) {
		return this.jdbc.sql("SELECT id FROM account WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static String today() {
		return LocalDate.now(vn.lachan.shared.time.VietnamTime.ZONE).toString();
	}

}
