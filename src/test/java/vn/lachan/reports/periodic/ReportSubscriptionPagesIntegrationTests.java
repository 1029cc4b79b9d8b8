package vn.lachan.reports.periodic;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The subscription page: bad input re-shows the form with Vietnamese messages and stores
 * nothing; only the committee subscribes; ending a subscription asks first, and another's
 * subscription answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportSubscriptionPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void badInputReShowsTheFormWithVietnameseMessagesAndStoresNothing() throws Exception {
		long thongNhat = TerritoryFixtures.ward(this.territory, TerritoryFixtures.THONG_NHAT).id();
		Cookie committee = TerritoryFixtures.signIn(this.mvc, "committee");
		long before = subscriptions(thongNhat);
		// passes @Email, not the service's check: the message is the service's, in
		// Vietnamese
		assertThat(subscribe(committee, thongNhat, "bcd138@namdinh")).contains("id=\"subscription-form\"")
			.contains("Địa chỉ thư điện tử không hợp lệ (ví dụ")
			.contains("value=\"bcd138@namdinh\"");
		assertThat(subscribe(committee, thongNhat, "")).contains("Trường này không được để trống.");
		assertThat(subscribe(committee, thongNhat, "không phải địa chỉ")).contains("Địa chỉ thư điện tử không hợp lệ.");
		assertThat(subscriptions(thongNhat)).isEqualTo(before);
	}

	@Test
	void aWardOfficerCannotSubscribeAndAUnitOutsideTheCallersScopeIs404() throws Exception {
		Cookie committee = TerritoryFixtures.signIn(this.mvc, "committee");
		this.mvc
			.perform(post("/console/reports/subscriptions").cookie(committee)
				.param("unit", "987654321")
				.param("email", "bcd138@namdinh.example.vn")
				.with(csrf()))
			.andExpect(status().isNotFound());
		long viHoang = TerritoryFixtures.ward(this.territory, TerritoryFixtures.VI_HOANG).id();
		long thongNhat = TerritoryFixtures.ward(this.territory, TerritoryFixtures.THONG_NHAT).id();
		Cookie ward = TerritoryFixtures.signIn(this.mvc, "vihoang");
		long before = subscriptions(viHoang);
		assertThat(subscribe(ward, viHoang, "cavihoang@namdinh.example.vn"))
			.contains("Chỉ thành viên Ban Chỉ đạo được đăng ký nhận báo cáo định kỳ.");
		assertThat(subscriptions(viHoang)).isEqualTo(before);
		long thongNhatBefore = subscriptions(thongNhat);
		this.mvc
			.perform(post("/console/reports/subscriptions").cookie(ward)
				.param("unit", Long.toString(thongNhat))
				.param("email", "cavihoang@namdinh.example.vn")
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(subscriptions(thongNhat)).isEqualTo(thongNhatBefore);
	}

	@Test
	void endingASubscriptionAsksFirstAndAnothersSubscriptionIs404() throws Exception {
		long myXa = TerritoryFixtures.ward(this.territory, TerritoryFixtures.MY_XA).id();
		Cookie committee = TerritoryFixtures.signIn(this.mvc, "committee");
		this.jdbc.sql("DELETE FROM report_subscription WHERE unit_id = :unit").param("unit", myXa).update();
		this.mvc
			.perform(post("/console/reports/subscriptions").cookie(committee)
				.param("unit", Long.toString(myXa))
				.param("email", "bcd138.myxa@namdinh.example.vn")
				.with(csrf()))
			.andExpect(redirectedUrl("/console/reports/subscriptions"))
			.andExpect(flash().attribute("success", "Đã đăng ký nhận báo cáo tháng."));
		long id = this.jdbc.sql("SELECT id FROM report_subscription WHERE unit_id = :unit")
			.param("unit", myXa)
			.query(Long.class)
			.single();
		String list = page("/console/reports/subscriptions", committee);
		assertThat(list).contains("href=\"/console/reports/subscriptions/" + id + "/delete\"")
			.doesNotContain("action=\"/console/reports/subscriptions/" + id + "/delete\"");

		String question = page("/console/reports/subscriptions/" + id + "/delete", committee);
		assertThat(question).contains("Hủy đăng ký nhận báo cáo tháng của Phường Mỹ Xá gửi tới bcd138.myxa@namdinh")
			.contains("action=\"/console/reports/subscriptions/" + id + "/delete\"")
			.contains("Giữ đăng ký");
		assertThat(subscriptions(myXa)).as("asking ends nothing").isEqualTo(1);

		Cookie admin = TerritoryFixtures.signIn(this.mvc, "admin");
		this.mvc.perform(get("/console/reports/subscriptions/" + id + "/delete").cookie(admin))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/console/reports/subscriptions/" + id + "/delete").cookie(admin).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(subscriptions(myXa)).isEqualTo(1);

		this.mvc.perform(post("/console/reports/subscriptions/" + id + "/delete").cookie(committee).with(csrf()))
			.andExpect(redirectedUrl("/console/reports/subscriptions"))
			.andExpect(flash().attribute("success", "Đã hủy đăng ký."));
		assertThat(subscriptions(myXa)).isEqualTo(0);
	}

	String subscribe(Cookie session, long unit, String email) throws Exception {
		return this.mvc
			.perform(post("/console/reports/subscriptions").cookie(session)
				.param("unit", Long.toString(unit))
				.param("email", email)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String page(String path, Cookie session) throws Exception {
		return this.mvc.perform(get(path).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long subscriptions(long unit) {
		return this.jdbc.sql("SELECT COUNT(*) FROM report_subscription WHERE unit_id = :unit")
			.param("unit", unit)
			.query(Long.class)
			.single();
	}

}
