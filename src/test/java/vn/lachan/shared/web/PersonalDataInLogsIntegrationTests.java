package vn.lachan.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lachan.shared.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the main flows that carry personal data — a named public tip, a guest's stay
 * notification, a temporary residence, each also with bad input, and a malformed query
 * that Tomcat refuses — with the application's own loggers at DEBUG and Tomcat's at
 * DEBUG, and fails if a name, a phone number or an ID number typed into them appears
 * anywhere in the log output.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsIntegrationTests {

	private static final String NAME = "Đoàn Thị Kiều Oanh";

	private static final String PHONE = "0983217465";

	private static final String ID_NUMBER = "036190047261";

	private static final List<String> LOGGERS = List.of("vn.lachan", "org.apache.coyote", "org.apache.tomcat",
			"org.apache.catalina", "org.springframework.web");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	private final Map<String, LogLevel> configured = new HashMap<>();

	@BeforeEach
	void verbose() {
		for (String name : LOGGERS) {
			LoggerConfiguration logger = this.logging.getLoggerConfiguration(name);
			this.configured.put(name, (logger != null) ? logger.getConfiguredLevel() : null);
			this.logging.setLogLevel(name, LogLevel.DEBUG);
		}
	}

	@AfterEach
	void asBefore() {
		this.configured.forEach(this.logging::setLogLevel);
	}

	@Test
	void noNamePhoneOrIdNumberReachesTheLog(CapturedOutput output) throws Exception {
		long viHoang = unit("13639");
		long myXa = unit("13699");
		// a named public tip, then the same with bad input
		assertThat(post("/api/v1/public/tips", null, """
				{"categoryCode": "noise", "description": "Hát karaoke quá khuya ở ngõ 12", "unitId": %d,
				 "anonymous": false, "reporterName": "%s", "reporterContact": "%s"}""".formatted(viHoang, NAME, PHONE)))
			.isEqualTo(201);
		assertThat(post("/api/v1/public/tips", null, """
				{"categoryCode": "khong-co", "description": "", "unitId": %d,
				 "anonymous": false, "reporterName": "%s", "reporterContact": "%s"}""".formatted(viHoang, NAME, PHONE)))
			.isEqualTo(400);
		// a guest's stay, then one with a wrong birth date
		String arrival = LocalDateTime.now(VietnamTime.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
		String departure = LocalDate.now(VietnamTime.ZONE).plusDays(3).toString();
		String guest = """
				{"accommodationId": "%d", "fullName": "%s", "birthDate": "%s", "sex": "F", "nationality": "VN",
				 "documentKind": "CCCD", "documentNumber": "%s", "reason": "Lao động", "arrival": "%s",
				 "expectedDeparture": "%s", "room": "P3"}""";
		long accommodation = hostAccommodation();
		assertThat(post("/api/v1/stays", "chunha", "{\"guests\": ["
				+ guest.formatted(accommodation, NAME, "1994-05-06", ID_NUMBER, arrival, departure) + "]}"))
			.isEqualTo(201);
		assertThat(post("/api/v1/stays", "chunha", "{\"guests\": ["
				+ guest.formatted(accommodation, NAME, "2994-05-06", ID_NUMBER + "X", arrival, departure) + "]}"))
			.isEqualTo(400);
		// a temporary residence, then one without a start
		String residence = """
				{"fullName": "%s", "birthDate": "1994-05-06", "documentNumber": "%s", "address": "Số 8 ngõ 10 Lộc Hạ",
				 "unitId": %d, "startsOn": %s, "endsOn": "%s"}""";
		assertThat(post("/api/v1/temporary-residences", "myxa",
				residence.formatted(NAME, ID_NUMBER, myXa, "\"" + LocalDate.now(VietnamTime.ZONE).minusDays(2) + "\"",
						LocalDate.now(VietnamTime.ZONE).plusMonths(6))))
			.isEqualTo(201);
		assertThat(post("/api/v1/temporary-residences", "myxa",
				residence.formatted(NAME, ID_NUMBER, myXa, "null", LocalDate.now(VietnamTime.ZONE).plusMonths(6))))
			.isEqualTo(400);
		// a query Tomcat cannot decode, carrying a phone number and an ID number
		String answer = raw("GET /report?x=%ED%A0%80&phone=" + PHONE + "&id=" + ID_NUMBER + " HTTP/1.1\r\n"
				+ "Host: localhost\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");

		assertThat(output.getAll()).as("the log output of the flows")
			.contains("/api/v1/stays")
			.doesNotContain(PHONE)
			.doesNotContain(ID_NUMBER)
			.doesNotContain(NAME)
			.doesNotContain("Kiều Oanh");
	}

	private int post(String path, String username, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "vi")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (username != null) {
			request.header("Authorization", "Bearer demo-" + username);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
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

}
