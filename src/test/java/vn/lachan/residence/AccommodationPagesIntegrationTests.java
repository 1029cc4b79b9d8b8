package vn.lachan.residence;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ward staff register an accommodation on a page: bad input re-shows the form with the
 * messages and stores nothing; a host and other roles do not get the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccommodationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWardOfficerRegistersAnAccommodation() throws Exception {
		Cookie officer = signIn("myxa");
		String name = "Nhà trọ Hoa Sen " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(get("/console/residence").cookie(officer))
			.andExpect(content().string(containsString("id=\"new-accommodation\"")))
			// the silent accommodations are a paged list with its total
			.andExpect(content().string(containsString("id=\"silent-accommodations-total\"")));
		this.mvc.perform(get("/console/residence/accommodations/new").cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"accommodation-form\"")))
			.andExpect(content().string(containsString("Chủ nhà trọ Mỹ Xá")));

		this.mvc
			.perform(post("/console/residence/accommodations").param("kind", "BOARDING_HOUSE")
				.param("name", name)
				.param("address", "")
				.param("rooms", "-1")
				.param("beds", "4")
				.cookie(officer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập địa chỉ.")))
			.andExpect(content().string(containsString("Số phòng, giường không hợp lệ.")));
		assertThat(count(name)).isZero();
		this.mvc
			.perform(post("/console/residence/accommodations").param("kind", "BOARDING_HOUSE")
				.param("name", name)
				.param("address", "Số 12 đường Trần Thái Tông")
				.param("rooms", "abc")
				.cookie(officer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số phòng phải là số nguyên.")));
		assertThat(count(name)).isZero();

		this.mvc
			.perform(post("/console/residence/accommodations").param("kind", "BOARDING_HOUSE")
				.param("name", name)
				.param("address", "Số 12 đường Trần Thái Tông")
				.param("rooms", "8")
				.param("beds", "16")
				.param("foreignGuests", "true")
				.cookie(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/console/residence"))
			.andExpect(flash().attribute("registered", name));
		assertThat(count(name)).isEqualTo(1);
	}

	@Test
	void hostsAndTheCommitteeDoNotRegister() throws Exception {
		this.mvc.perform(get("/console/residence/accommodations/new").cookie(signIn("chunha")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/console/residence/accommodations/new").cookie(signIn("committee")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theWardOfficerChangesAnAccommodationAndAStaleFormIsRefused() throws Exception {
		Cookie officer = signIn("myxa");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String name = "Nhà nghỉ Bến Thóc " + tag;
		register(officer, name);
		long id = idOf(name);
		this.mvc.perform(get("/console/residence").cookie(officer))
			.andExpect(content().string(containsString("id=\"edit-accommodation-" + id + "\"")));
		this.mvc.perform(get("/console/residence/accommodations/" + id + "/edit").cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sửa thông tin cơ sở lưu trú")))
			.andExpect(content().string(containsString(tag + "\">")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

		this.mvc
			.perform(post("/console/residence/accommodations/" + id).param("version", "0")
				.param("kind", "GUEST_HOUSE")
				.param("name", " ")
				.param("address", "Số 3 đường Văn Cao")
				.cookie(officer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập tên cơ sở.")));
		assertThat(count(name)).isEqualTo(1);

		String renamed = name + " (mới)";
		this.mvc
			.perform(post("/console/residence/accommodations/" + id).param("version", "0")
				.param("kind", "GUEST_HOUSE")
				.param("name", renamed)
				.param("address", "Số 3 đường Văn Cao")
				.param("rooms", "9")
				.param("beds", "12")
				.cookie(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/console/residence"))
			.andExpect(flash().attribute("updated", renamed));
		assertThat(this.jdbc.sql("SELECT kind, name, rooms, beds, version FROM accommodation WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> List.of(rs.getString("kind"), rs.getString("name"), rs.getInt("rooms"),
					rs.getInt("beds"), rs.getInt("version")))
			.single()).containsExactly("GUEST_HOUSE", renamed, 9, 12, 1);

		// a second officer's form, opened before the change
		this.mvc
			.perform(post("/console/residence/accommodations/" + id).param("version", "0")
				.param("kind", "BOARDING_HOUSE")
				.param("name", name + " (cũ)")
				.param("address", "Số 3 đường Văn Cao")
				.cookie(officer)
				.with(csrf()))
			.andExpect(status().isConflict());
		assertThat(count(renamed)).isEqualTo(1);
	}

	@Test
	void anAccommodationOfAnotherWardCannotBeEdited() throws Exception {
		Cookie officer = signIn("myxa");
		String name = "Nhà trọ Đông Mạc " + UUID.randomUUID().toString().substring(0, 8);
		register(officer, name);
		long id = idOf(name);
		Cookie other = signIn("vihoang");

		this.mvc.perform(get("/console/residence/accommodations/" + id + "/edit").cookie(other))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/console/residence/accommodations/" + id).param("version", "0")
				.param("kind", "BOARDING_HOUSE")
				.param("name", "Đổi tên trái phép")
				.param("address", "Không rõ")
				.cookie(other)
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(count(name)).isEqualTo(1);
	}

	private void register(Cookie officer, String name) throws Exception {
		this.mvc
			.perform(post("/console/residence/accommodations").param("kind", "BOARDING_HOUSE")
				.param("name", name)
				.param("address", "Số 12 đường Trần Thái Tông")
				.param("rooms", "8")
				.param("beds", "16")
				.cookie(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/console/residence"));
	}

	private long idOf(String name) {
		return this.jdbc.sql("SELECT id FROM accommodation WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private long count(String name) {
		return this.jdbc.sql("SELECT COUNT(*) FROM accommodation WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private Cookie signIn(String username) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(DemoData.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
