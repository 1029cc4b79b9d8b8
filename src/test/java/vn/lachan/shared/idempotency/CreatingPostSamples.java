package vn.lachan.shared.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.lachan.shared.time.VietnamTime;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * THE ONE PLACE for a valid request per creating POST of the API (a POST whose OpenAPI
 * operation documents a {@code 201} response). {@link IdempotencyIntegrationTests} walks
 * {@code /v3/api-docs} and fails when a creating POST has no sample here: a module that
 * adds one adds a line to {@link #all()}, keyed {@code "POST " + the OpenAPI path}, with
 * the table that gains one row per record it creates.
 */
final class CreatingPostSamples {

	/**
	 * A request that creates one record.
	 *
	 * @param table the table that gains one row per record created
	 * @param request the request for a marker (digits, unique per call): two markers give
	 * two different bodies
	 */
	record Sample(String table, Function<String, AbstractMockHttpServletRequestBuilder<?>> request) {
	}

	private final JdbcClient jdbc;

	CreatingPostSamples(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Sample> all() {
		long viHoang = unit("13639");
		long myXa = unit("13699");
		long securityTeam = this.jdbc.sql("SELECT id FROM forces_team WHERE name = :name AND unit_id = :unit")
			.param("name", "Tổ bảo vệ dân phố phường Vị Hoàng")
			.param("unit", viHoang)
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		// fixed once: a repeat must send the same body
		Instant occurredAt = Instant.now().minusSeconds(600);
		String arrival = LocalDateTime.now(VietnamTime.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
		Map<String, Sample> samples = new LinkedHashMap<>();
		// access
		samples.put("POST /api/v1/accounts", new Sample("account", (m) -> json("/api/v1/accounts", "admin", """
				{"username": "idem%s", "password": "Idem-Pass-2026", "displayName": "Cán bộ %s", "role": "WARD_OFFICER",
				 "unitId": %d}""".formatted(m, m, viHoang))));
		// territory
		samples.put("POST /api/v1/admin-units/{id}/residential-groups",
				new Sample("residential_group",
						(m) -> json("/api/v1/admin-units/" + viHoang + "/residential-groups", "vihoang",
								"""
										{"name": "Tổ dân phố thử nghiệm %s", "kind": "RESIDENTIAL_GROUP", "households": 120, "residents": 480}"""
									.formatted(m))));
		samples.put("POST /api/v1/places", new Sample("place", (m) -> json("/api/v1/places", "vihoang", """
				{"unitId": %d, "name": "Cửa hàng tạp hóa %s", "kind": "BUSINESS", "address": "Số %s phố Hàng Sắt"}"""
			.formatted(viHoang, m, m))));
		// forces
		samples.put("POST /api/v1/teams", new Sample("forces_team", (m) -> json("/api/v1/teams", "vihoang", """
				{"unitId": %d, "kind": "SECURITY", "name": "Tổ bảo vệ số %s", "foundedOn": "%s"}""".formatted(viHoang,
				m, today.minusDays(1)))));
		samples.put("POST /api/v1/teams/{id}/members",
				new Sample("forces_membership", (m) -> json("/api/v1/teams/" + securityTeam + "/members", "vihoang", """
						{"fullName": "Phạm Văn %s", "birthDate": "1980-05-05", "sex": "MALE", "phone": "0912345678",
						 "residentSince": "2000-01-01", "role": "MEMBER", "joinedOn": "%s", "confirmWarnings": true}"""
					.formatted(m, today))));
		samples.put("POST /api/v1/team-kinds",
				new Sample("forces_team_kind", (m) -> json("/api/v1/team-kinds", "admin", """
						{"code": "K%s", "nameVi": "Tổ %s", "nameEn": "Team %s", "sortOrder": 90}""".formatted(m, m,
						m))));
		samples.put("POST /api/v1/activities",
				new Sample("forces_activity",
						(m) -> json("/api/v1/activities", "totruong",
								"""
										{"teamId": %d, "kind": "PATROL", "occurredAt": "%s", "place": "Chợ Vị Hoàng, lượt %s", "participants": 3}"""
									.formatted(securityTeam, occurredAt, m))));
		// tips
		samples.put("POST /api/v1/public/tips", new Sample("tip", (m) -> json("/api/v1/public/tips", null, """
				{"categoryCode": "noise", "description": "Hát karaoke quá khuya, lần %s", "unitId": %d,
				 "anonymous": true}""".formatted(m, viHoang)).with((request) -> {
			request.setRemoteAddr("10.99." + (Long.parseLong(m) % 250) + "." + (Long.parseLong(m) / 250 % 250 + 1));
			return request;
		})));
		samples.put("POST /api/v1/tips", new Sample("tip", (m) -> json("/api/v1/tips", "totruong", """
				{"categoryCode": "noise", "description": "Tụ tập gây ồn, lần %s", "unitId": %d}""".formatted(m,
				viHoang))));
		// mediation
		long mediationTeam = this.jdbc
			.sql("SELECT MIN(id) FROM forces_team WHERE unit_id = :unit AND kind_code = 'MEDIATION'")
			.param("unit", viHoang)
			.query(Long.class)
			.single();
		long mediator = this.jdbc
			.sql("SELECT MIN(person_id) FROM forces_membership WHERE team_id = :team AND left_on IS NULL")
			.param("team", mediationTeam)
			.query(Long.class)
			.single();
		long openCase = this.jdbc.sql("SELECT MIN(id) FROM mediation_case WHERE team_id = :team AND status = 'OPEN'")
			.param("team", mediationTeam)
			.query(Long.class)
			.single();
		samples.put("POST /api/v1/mediation/cases",
				new Sample("mediation_case", (m) -> json("/api/v1/mediation/cases", "hoagiai", """
						{"unitId": %d, "teamId": %d, "grounds": "PARTY_REQUEST", "kind": "NEIGHBOURS",
						 "summary": "Tranh chấp thử nghiệm lần %s", "receivedOn": "%s", "mediatorIds": [%d],
						 "parties": [{"name": "Bên thử nghiệm", "invited": false}]}""".formatted(viHoang, mediationTeam,
						m, today, mediator))));
		samples.put("POST /api/v1/mediation/cases/{id}/sessions",
				new Sample("mediation_session",
						(m) -> json("/api/v1/mediation/cases/" + openCase + "/sessions", "hoagiai", """
								{"heldOn": "%s", "place": "Nhà văn hóa, lượt %s", "attendees": "Hai bên"}"""
							.formatted(today, m))));
		long agreedCase = this.jdbc
			.sql("SELECT MIN(id) FROM mediation_case WHERE team_id = :team AND status = 'SUCCEEDED'")
			.param("team", mediationTeam)
			.query(Long.class)
			.single();
		samples.put("POST /api/v1/mediation/cases/{id}/follow-ups",
				new Sample("mediation_follow_up",
						(m) -> json("/api/v1/mediation/cases/" + agreedCase + "/follow-ups", "hoagiai", """
								{"checkedOn": "%s", "performance": "PERFORMED", "note": "Kiểm tra lượt %s"}"""
							.formatted(today, m))));
		// residence
		samples.put("POST /api/v1/accommodations",
				new Sample("accommodation", (m) -> json("/api/v1/accommodations", "myxa", """
						{"kind": "BOARDING_HOUSE", "name": "Nhà trọ %s", "address": "Số %s ngõ 10 Lộc Hạ", "unitId": %d,
						 "rooms": 6, "beds": 10}""".formatted(m, m, myXa))));
		samples.put("POST /api/v1/temporary-residences",
				new Sample("temporary_residence",
						(m) -> json("/api/v1/temporary-residences", "myxa",
								"""
										{"fullName": "Hoàng Văn Tạm", "birthDate": "1990-01-01", "documentNumber": "%s", "address": "Khu trọ A",
										 "unitId": %d, "startsOn": "%s", "endsOn": "%s"}"""
									.formatted(idNumber(m), myXa, today.minusMonths(1), today.plusMonths(6)))));
		samples.put("POST /api/v1/stays", new Sample("stay", (m) -> json("/api/v1/stays", "chunha",
				"{\"guests\": [" + guest(hostAccommodation(), m, arrival) + "]}")));
		samples.put("POST /api/v1/stays/import", new Sample("stay", (m) -> {
			String csv = String.join(",", vn.lachan.residence.internal.GuestInput.COLUMNS) + "\n"
					+ guestRow(m, arrival);
			return multipart("/api/v1/stays/import").part(part(csv))
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-chunha");
		}));
		// cameras
		long thongNhat = unit("13681");
		samples.put("POST /api/v1/cameras", new Sample("cameras_camera", (m) -> json("/api/v1/cameras", "thongnhat", """
				{"unitId": %d, "ownership": "PUBLIC", "label": "Camera ngã ba số %s", "address": "Đường Trường Chinh",
				 "latitude": 20.4301, "longitude": 106.1702, "bearing": 90, "fieldOfView": 90, "rangeMetres": 60,
				 "retentionDays": 30, "status": "ACTIVE", "installedOn": "%s"}""".formatted(thongNhat, m, today))));
		samples.put("POST /api/v1/public/camera-owners",
				new Sample("cameras_owner",
						(m) -> json("/api/v1/public/camera-owners", null,
								"""
										{"unitId": %d, "ownerKind": "PERSON", "ownerName": "Lê Văn %s", "cameras": [{"ownership": "HOUSEHOLD",
										 "label": "Camera trước nhà", "address": "Số %s đường Trường Chinh", "latitude": 20.4302,
										 "longitude": 106.1703, "bearing": 180, "fieldOfView": 60, "rangeMetres": 20, "retentionDays": 7,
										 "installedOn": "%s", "footageRequestsAllowed": true}]}"""
									.formatted(thongNhat, m, m, today))));
		long footageTip = footageTip(thongNhat, occurredAt);
		long footageCamera = footageCamera(thongNhat);
		samples.put("POST /api/v1/tips/{tipId}/footage-requests", new Sample("cameras_footage_request",
				(m) -> json("/api/v1/tips/" + footageTip + "/footage-requests", "thongnhat", """
						{"cameraIds": [%d], "windowFrom": "%s", "windowTo": "%s"}""".formatted(footageCamera,
						occurredAt.minusSeconds(Long.parseLong(m) % 3000 + 60), occurredAt.plusSeconds(1800)))));
		// programs
		long model = this.jdbc.sql("SELECT id FROM programs_model WHERE code = '3-quan-3-biet'")
			.query(Long.class)
			.single();
		samples.put("POST /api/v1/plans", new Sample("programs_plan", (m) -> json("/api/v1/plans", "committee", """
				{"kind": "PLAN", "issuer": "Ban Chỉ đạo 138 thành phố Nam Định", "number": "%s/KH-BCĐ",
				 "issuedOn": "2022-03-01", "title": "Kế hoạch kiểm tra %s"}""".formatted(m, m))));
		samples.put("POST /api/v1/models",
				new Sample("programs_model",
						(m) -> json("/api/v1/models", "committee",
								"""
										{"code": "mo-hinh-%s", "name": "Mô hình %s", "purpose": "Tự quản khu dân cư", "checklist": ["Quy ước"]}"""
									.formatted(m, m))));
		samples.put("POST /api/v1/deployments",
				new Sample("programs_deployment",
						(m) -> json("/api/v1/deployments", "committee",
								"""
										{"modelId": %d, "unitId": %d, "startedOn": "2022-03-01", "status": "PLANNED", "evidence": "Tổ %s"}"""
									.formatted(model, viHoang, m))));
		samples.put("POST /api/v1/key-areas",
				new Sample("programs_key_area", (m) -> json("/api/v1/key-areas", "committee", """
						{"unitId": %d, "kind": "drugs", "decisionNumber": "%s/QĐ-BCĐ", "decidedOn": "2022-01-01",
						 "issuer": "Ban Chỉ đạo 138 tỉnh Nam Định", "year": 2022}""".formatted(viHoang, m))));
		samples.put("POST /api/v1/criteria-sets",
				new Sample("programs_criteria_set", (m) -> json("/api/v1/criteria-sets", "committee", """
						{"code": "bo-%s", "name": "Bộ tiêu chí %s", "source": "Hướng dẫn", "validFrom": "2023-01-01",
						 "criteria": [{"code": "c1", "name": "Tổ hoạt động", "weight": 50, "indicator": "teams-active",
						 "comparison": "AT_LEAST", "threshold": 1}]}""".formatted(m, m))));
		// streets
		samples.put("POST /api/v1/streets/violations",
				new Sample("streets_violation", (m) -> json("/api/v1/streets/violations", "totruong", """
						{"unitId": %d, "typeCode": "SIDEWALK_STALL", "occurredAt": "%s",
						 "address": "Số %s phố Hàng Sắt", "offenderKind": "PERSON"}""".formatted(viHoang, occurredAt,
						m))));
		samples.put("POST /api/v1/streets/sweeps",
				new Sample("streets_violation", (m) -> json("/api/v1/streets/sweeps", "vihoang", """
						{"unitId": %d, "street": "phố Hàng Sắt", "sweepDate": "%s", "violations": [
						 {"unitId": %d, "typeCode": "SIGNBOARD", "occurredAt": "%s", "address": "Số %s phố Hàng Sắt",
						  "offenderKind": "BUSINESS"}]}""".formatted(viHoang, today, viHoang, occurredAt, m))));
		samples.put("POST /api/v1/streets/decrees",
				new Sample("streets_decree", (m) -> json("/api/v1/streets/decrees", "admin", """
						{"code": "T%s", "title": "Nghị định thử %s", "validFrom": "1990-01-01", "validTo": "1991-01-01",
						 "source": "thử", "verification": "N", "entries": [], "competences": []}""".formatted(m, m))));
		// community
		samples.put("POST /api/v1/community/groups",
				new Sample("community_group", (m) -> json("/api/v1/community/groups", "vihoang", """
						{"unitId": %d, "kind": "MARKET_TRADERS", "name": "Tiểu thương dãy hàng %s chợ Vị Hoàng"}"""
					.formatted(viHoang, m))));
		samples.put("POST /api/v1/community/broadcasts",
				new Sample("community_broadcast", (m) -> json("/api/v1/community/broadcasts", "vihoang", """
						{"priority": "INFORMATION", "title": "Lịch họp tổ dân phố số %s", "body": "Mời bà con dự họp.",
						 "channels": ["BOARD"], "targets": [{"kind": "UNIT", "id": %d}]}""".formatted(m, viHoang))));
		return samples;
	}

	/** A located tip of Thống Nhất, in SQL once, for the footage requests' sample. */
	private long footageTip(long unit, Instant occurredAt) {
		String code = "LC-IDEM-CAM1";
		Instant now = Instant.now();
		if (this.jdbc.sql("SELECT COUNT(*) FROM tip WHERE receipt_code = :c")
			.param("c", code)
			.query(Long.class)
			.single() == 0) {
			this.jdbc
				.sql("""
						INSERT INTO tip (receipt_code, category_code, channel, status, urgent, unit_id, address, latitude,
						  longitude, occurred_at, received_at, description, search_text, reporter_kind, classify_by, forward_by,
						  updated_at, version)
						VALUES (:c, 'theft', 'FIELD', 'RECEIVED', FALSE, :u, 'Đường Trường Chinh', 20.435000, 106.190000, :o,
						  :n, 'Mất trộm xe đạp', 'mat trom xe dap', 'STAFF', :d, :d, :n, 1)""")
				.param("c", code)
				.param("u", unit)
				.param("o", java.sql.Timestamp.from(occurredAt))
				.param("n", java.sql.Timestamp.from(now))
				.param("d", java.sql.Timestamp.from(now.plusSeconds(86_400)))
				.update();
		}
		return this.jdbc.sql("SELECT id FROM tip WHERE receipt_code = :c").param("c", code).query(Long.class).single();
	}

	/** A consenting private camera looking at that tip's point, in SQL once. */
	private long footageCamera(long unit) {
		String hash = "0".repeat(63) + "1";
		Instant now = Instant.now();
		if (this.jdbc.sql("SELECT COUNT(*) FROM cameras_owner WHERE link_hash = :h")
			.param("h", hash)
			.query(Long.class)
			.single() == 0) {
			this.jdbc.sql("""
					INSERT INTO cameras_owner (unit_id, kind, name_enc, link_hash, registered_at, version)
					VALUES (:u, 'ORGANISATION', 'not-decrypted-in-this-test', :h, :n, 1)""")
				.param("u", unit)
				.param("h", hash)
				.param("n", java.sql.Timestamp.from(now))
				.update();
			long owner = this.jdbc.sql("SELECT id FROM cameras_owner WHERE link_hash = :h")
				.param("h", hash)
				.query(Long.class)
				.single();
			this.jdbc
				.sql("""
						INSERT INTO cameras_camera (unit_id, owner_id, ownership, label, address, latitude, longitude, bearing,
						  field_of_view, range_m, retention_days, status, installed_on, consent_requests, consent_live_view,
						  consent_given_at, confirmed_at, created_at, version)
						VALUES (:u, :o, 'BUSINESS', 'Camera mẫu', 'Đường Trường Chinh', 20.434800, 106.190000, 0, 60, 40, 15,
						  'ACTIVE', :d, TRUE, FALSE, :n, :n, :n, 1)""")
				.param("u", unit)
				.param("o", owner)
				.param("d", LocalDate.now(VietnamTime.ZONE))
				.param("n", java.sql.Timestamp.from(now))
				.update();
		}
		return this.jdbc
			.sql("SELECT c.id FROM cameras_camera c JOIN cameras_owner o ON o.id = c.owner_id WHERE o.link_hash = :h")
			.param("h", hash)
			.query(Long.class)
			.single();
	}

	/** The file as a real part, as a browser or client sends it (not a MockMvc file). */
	private static MockPart part(String csv) {
		MockPart part = new MockPart("file", "khach.csv", csv.getBytes(StandardCharsets.UTF_8));
		part.getHeaders().setContentType(MediaType.parseMediaType("text/csv"));
		return part;
	}

	private static MockHttpServletRequestBuilder json(String path, String user, String body) {
		MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
		return (user != null) ? request.header(HttpHeaders.AUTHORIZATION, "Bearer demo-" + user) : request;
	}

	private long unit(String code) {
		return this.jdbc.sql("SELECT MIN(id) FROM admin_unit WHERE code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private long hostAccommodation() {
		return this.jdbc.sql("""
				SELECT MIN(h.accommodation_id) FROM accommodation_host h JOIN account a ON a.id = h.account_id
				WHERE a.username = 'chunha'""").query(Long.class).single();
	}

	private static String idNumber(String marker) {
		return "0369" + String.format("%08d", Long.parseLong(marker) % 100_000_000);
	}

	private static String guest(long accommodation, String marker, String arrival) {
		return """
				{"accommodationId": "%d", "fullName": "Trần Thị Mai", "birthDate": "1995-02-03", "sex": "F",
				 "nationality": "VN", "documentKind": "CCCD", "documentNumber": "%s", "reason": "Lao động",
				 "arrival": "%s", "expectedDeparture": "%s", "room": "P2"}""".formatted(accommodation, idNumber(marker),
				arrival, LocalDate.now(VietnamTime.ZONE).plusDays(5));
	}

	private String guestRow(String marker, String arrival) {
		return hostAccommodation() + ",Nguyễn Văn Khách,1990-01-02,M,VN,CCCD," + idNumber(marker) + ",Lao động,"
				+ arrival.replace('T', ' ') + "," + LocalDate.now(VietnamTime.ZONE).plusDays(3) + ",P3";
	}

}
