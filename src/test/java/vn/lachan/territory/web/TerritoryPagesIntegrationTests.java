package vn.lachan.territory.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MvcResult;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceQuery;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The territory pages, signed in through the real login form: the tree as of a date, ward
 * pages, forms, place pages with QR codes, the map's markers, and scope (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog catalog;

	AdminUnitSummary viHoang;

	AdminUnitSummary thongNhat;

	AdminUnitSummary myXa;

	@BeforeEach
	void wards() {
		this.viHoang = TerritoryFixtures.ward(this.catalog, TerritoryFixtures.VI_HOANG);
		this.thongNhat = TerritoryFixtures.ward(this.catalog, TerritoryFixtures.THONG_NHAT);
		this.myXa = TerritoryFixtures.ward(this.catalog, TerritoryFixtures.MY_XA);
	}

	@Test
	void theTreeShowsTheUnitsValidOnTheDateAskedFor() throws Exception {
		Cookie committee = TerritoryFixtures.signIn(this.mvc, "committee");
		this.mvc.perform(get("/console/territory?on=2022-04-01").cookie(committee))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phường Trần Đăng Ninh")))
			.andExpect(content().string(containsString("Phường Vị Hoàng")));
		this.mvc.perform(get("/console/territory?on=2024-09-01").cookie(committee))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phường Cửa Bắc")))
			.andExpect(content().string(not(containsString("Phường Trần Đăng Ninh"))));
	}

	@Test
	void theTreeDefaultsToTheLastDayOfAUnitNoLongerValid() throws Exception {
		Cookie session = TerritoryFixtures.signIn(this.mvc, "vihoang");
		String lastDay = this.viHoang.validTo().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		this.mvc.perform(get("/console/territory").cookie(session))
			.andExpect(status().isOk())
			.andExpect(model().attribute("asOf", this.viHoang.validTo().minusDays(1)))
			.andExpect(content().string(containsString(lastDay)))
			.andExpect(content().string(containsString("Phường Vị Hoàng")))
			.andExpect(content().string(not(containsString("Phường Thống Nhất"))));
	}

	@Test
	void theTreeSearchFoldsDiacriticsAndKeepsToTheCallersScope() throws Exception {
		Cookie committee = TerritoryFixtures.signIn(this.mvc, "committee");
		MvcResult result = this.mvc
			.perform(get("/console/territory").param("on", "2022-04-01").param("q", "tran dang ninh").cookie(committee))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(results(result)).extracting(AdminUnitSummary::name).containsExactly("Phường Trần Đăng Ninh");
		Cookie viHoangOfficer = TerritoryFixtures.signIn(this.mvc, "vihoang");
		result = this.mvc
			.perform(get("/console/territory").param("on", "2022-04-01").param("q", "phuong").cookie(viHoangOfficer))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(results(result)).extracting(AdminUnitSummary::name).containsExactly("Phường Vị Hoàng");
	}

	@Test
	void aWardPageShowsItsGroupsWithTotalsAndItsPlaces() throws Exception {
		Cookie committee = TerritoryFixtures.signIn(this.mvc, "committee");
		this.mvc.perform(get("/console/territory/units/{id}", this.thongNhat.id()).cookie(committee))
			.andExpect(status().isOk())
			.andExpect(model().attribute("households", 2078L))
			.andExpect(model().attribute("residents", 8389L))
			.andExpect(content().string(containsString("2.078")))
			.andExpect(content().string(containsString("8.389")))
			.andExpect(content().string(containsString("Cửa hàng trên đường Trần Thánh Tông")))
			.andExpect(content().string(not(containsString("/groups/new"))));
		this.mvc
			.perform(get("/console/territory/units/{id}", this.thongNhat.id()).param("q", "tran thanh tong")
				.cookie(committee))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cửa hàng trên đường Trần Thánh Tông")))
			.andExpect(content().string(not(containsString("Ngã tư Trường Chinh"))));
	}

	@Test
	void aWardPageShowsSuccessions() throws Exception {
		AdminUnitSummary cuaBac = this.catalog.findUnitByCode("13669", TerritoryFixtures.AUTUMN_2024).orElseThrow();
		Cookie admin = TerritoryFixtures.signIn(this.mvc, "admin");
		this.mvc.perform(get("/console/territory/units/{id}", cuaBac.id()).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phường Nam Định")))
			.andExpect(content().string(containsString("1674/NQ-UBTVQH15")));
	}

	@Test
	void aWardOfficerGets404ForAnotherWardsPlaceByPageAndByApi() throws Exception {
		PlaceSummary place = placeOf(this.thongNhat);
		Cookie session = TerritoryFixtures.signIn(this.mvc, "vihoang");
		this.mvc.perform(get("/console/territory/places/{id}", place.id()).cookie(session))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
		this.mvc.perform(get("/console/territory/places/{id}/qr.png", place.id()).cookie(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/console/territory/units/{id}", this.thongNhat.id()).cookie(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/console/territory/units/{id}/places.csv", this.thongNhat.id()).cookie(session))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/places/{id}", place.id()).header(HttpHeaders.AUTHORIZATION, "Bearer demo-vihoang"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/console/territory/places/{id}", placeOf(this.viHoang).id()).cookie(session))
			.andExpect(status().isOk());
	}

	@Test
	void aBadGroupFormIsShownAgainWithErrorsAndChangesNothing() throws Exception {
		Cookie session = TerritoryFixtures.signIn(this.mvc, "vihoang");
		List<ResidentialGroupSummary> before = this.catalog.groupsOf(this.viHoang.id());
		this.mvc
			.perform(post("/console/territory/units/{id}/groups", this.viHoang.id()).cookie(session)
				.with(csrf())
				.param("name", " ")
				.param("kind", "RESIDENTIAL_GROUP")
				.param("households", "-3")
				.param("residents", "abc"))
			.andExpect(status().isOk())
			.andExpect(view().name("territory/group-form"))
			.andExpect(model().attributeHasFieldErrors("groupForm", "name", "households", "residents"))
			.andExpect(content().string(containsString("Nhập tên tổ dân phố, thôn, xóm.")))
			.andExpect(content().string(containsString("Số nhân khẩu phải là số nguyên.")));
		this.mvc
			.perform(post("/console/territory/units/{id}/groups", this.viHoang.id()).cookie(session)
				.with(csrf())
				.param("name", before.get(0).name())
				.param("kind", "RESIDENTIAL_GROUP")
				.param("households", "10")
				.param("residents", "40"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("groupForm", "name", "territory.group.name-taken"))
			.andExpect(content().string(containsString("đã có tổ dân phố, thôn, xóm tên")));
		ResidentialGroupSummary other = before.get(1);
		this.mvc
			.perform(post("/console/territory/groups/{id}", other.id()).cookie(session)
				.with(csrf())
				.param("name", other.name())
				.param("kind", "RESIDENTIAL_GROUP")
				.param("households", "100001")
				.param("residents", "5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("groupForm", "households"));
		assertThat(this.catalog.groupsOf(this.viHoang.id())).containsExactlyElementsOf(before);
	}

	@Test
	void aBadPlaceFormIsShownAgainWithErrorsAndChangesNothing() throws Exception {
		Cookie session = TerritoryFixtures.signIn(this.mvc, "myxa");
		String name = TerritoryFixtures.unique("Địa điểm lỗi");
		this.mvc
			.perform(post("/console/territory/units/{id}/places", this.myXa.id()).cookie(session)
				.with(csrf())
				.param("name", name)
				.param("kind", "MARKET")
				.param("latitude", "95")
				.param("longitude", ""))
			.andExpect(status().isOk())
			.andExpect(view().name("territory/place-form"))
			.andExpect(model().attributeHasFieldErrors("placeForm", "latitude", "coordinatesPaired"));
		assertThat(this.catalog.findPlaces(new PlaceQuery(null, name, null), new PageQuery(0, 5)).items()).isEmpty();
	}

	@Test
	void aWardOfficerAddsChangesAndDeletesAGroup() throws Exception {
		Cookie session = TerritoryFixtures.signIn(this.mvc, "myxa");
		String name = TerritoryFixtures.unique("Tổ thử");
		this.mvc
			.perform(post("/console/territory/units/{id}/groups", this.myXa.id()).cookie(session)
				.with(csrf())
				.param("name", name)
				.param("kind", "RESIDENTIAL_GROUP")
				.param("households", "120")
				.param("residents", "480"))
			.andExpect(redirectedUrl("/console/territory/units/" + this.myXa.id()))
			.andExpect(flash().attribute("success", containsString(name)));
		ResidentialGroupSummary group = groupNamed(this.myXa, name);
		assertThat(group.households()).isEqualTo(120);
		this.mvc
			.perform(post("/console/territory/groups/{id}", group.id()).cookie(session)
				.with(csrf())
				.param("name", name)
				.param("kind", "RESIDENTIAL_GROUP")
				.param("households", "121")
				.param("residents", "490"))
			.andExpect(status().is3xxRedirection());
		assertThat(groupNamed(this.myXa, name).residents()).isEqualTo(490);
		this.mvc.perform(get("/console/territory/groups/{id}/delete", group.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(post("/console/territory/groups/{id}/delete", group.id()).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/console/territory/units/" + this.myXa.id()));
		assertThat(this.catalog.findGroup(group.id())).isEmpty();
	}

	@Test
	void aFormOpenedBeforeSomeoneElseSavedIsRefusedAndChangesNothing() throws Exception {
		Cookie session = TerritoryFixtures.signIn(this.mvc, "myxa");
		String group = TerritoryFixtures.unique("Tổ hai người sửa");
		this.mvc
			.perform(post("/console/territory/units/{id}/groups", this.myXa.id()).cookie(session)
				.with(csrf())
				.param("name", group)
				.param("kind", "RESIDENTIAL_GROUP")
				.param("households", "100")
				.param("residents", "400"))
			.andExpect(status().is3xxRedirection());
		long groupId = groupNamed(this.myXa, group).id();
		this.mvc.perform(get("/console/territory/groups/{id}/edit", groupId).cookie(session))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.mvc.perform(changeGroup(groupId, group, "410").cookie(session)).andExpect(status().is3xxRedirection());
		// the second officer's form still says version 0
		this.mvc.perform(changeGroup(groupId, group, "999").cookie(session)).andExpect(status().isConflict());
		assertThat(groupNamed(this.myXa, group).residents()).isEqualTo(410);
		assertThat(groupNamed(this.myXa, group).version()).isEqualTo(1);

		String place = TerritoryFixtures.unique("Chợ hai người sửa");
		this.mvc
			.perform(post("/console/territory/units/{id}/places", this.myXa.id()).cookie(session)
				.with(csrf())
				.param("name", place)
				.param("kind", "MARKET")
				.param("address", "Đường Trần Thái Tông"))
			.andExpect(status().is3xxRedirection());
		PlaceSummary saved = this.catalog.findPlaces(new PlaceQuery(null, place, null), new PageQuery(0, 5))
			.items()
			.get(0);
		this.mvc
			.perform(post("/console/territory/places/{id}", saved.id()).cookie(session)
				.with(csrf())
				.param("version", "0")
				.param("name", place)
				.param("kind", "MARKET")
				.param("address", "Số 1 đường Trần Thái Tông"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/console/territory/places/{id}", saved.id()).cookie(session)
				.with(csrf())
				.param("version", "0")
				.param("name", place)
				.param("kind", "SCHOOL")
				.param("address", "Bản cũ"))
			.andExpect(status().isConflict());
		assertThat(this.catalog.findPlace(saved.id()).orElseThrow().address()).isEqualTo("Số 1 đường Trần Thái Tông");
	}

	@Test
	void onlyAdministratorsAndTheWardsOfficersSeeTheForms() throws Exception {
		Cookie areaOfficer = TerritoryFixtures.signIn(this.mvc, "khuvuc");
		this.mvc.perform(get("/console/territory/units/{id}", this.viHoang.id()).cookie(areaOfficer))
			.andExpect(status().isOk())
			.andExpect(model().attribute("mayEdit", false));
		this.mvc.perform(get("/console/territory/units/{id}/groups/new", this.viHoang.id()).cookie(areaOfficer))
			.andExpect(status().isForbidden());
		Cookie officer = TerritoryFixtures.signIn(this.mvc, "vihoang");
		this.mvc.perform(get("/console/territory/units/{id}/groups/new", this.thongNhat.id()).cookie(officer))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPlacePageShowsAQrCodeOfItsPublicAddressAndRenewsIt() throws Exception {
		Cookie session = TerritoryFixtures.signIn(this.mvc, "myxa");
		String name = TerritoryFixtures.unique("Chợ thử");
		MvcResult created = this.mvc
			.perform(post("/console/territory/units/{id}/places", this.myXa.id()).cookie(session)
				.with(csrf())
				.param("name", name)
				.param("kind", "MARKET")
				.param("address", "Phường Mỹ Xá")
				.param("latitude", "20.3970")
				.param("longitude", "106.1491"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = created.getResponse().getRedirectedUrl();
		String address = this.mvc.perform(get(page).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("qrAddress")
			.toString();
		assertThat(address).startsWith("http://localhost/p/");
		assertThat(decodeQr(page + "/qr.png", session)).isEqualTo(address);
		this.mvc.perform(get(page + "/renew").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post(page + "/renew").cookie(session).with(csrf())).andExpect(redirectedUrl(page));
		String renewed = decodeQr(page + "/qr.png", session);
		assertThat(renewed).startsWith("http://localhost/p/").isNotEqualTo(address);
		this.mvc.perform(post(page + "/delete").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void theMapHasMarkersOfTheCallersScopeOnly() throws Exception {
		Cookie session = TerritoryFixtures.signIn(this.mvc, "vihoang");
		this.mvc.perform(get("/console/territory/map").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/js/territory-map.js")))
			.andExpect(content().string(containsString("leaflet.js")));
		MvcResult result = this.mvc.perform(get("/console/territory/map/places").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
			.andReturn();
		String json = result.getResponse().getContentAsString();
		assertThat(json).contains("Chợ Vị Hoàng", "Trường Tiểu học Vị Hoàng")
			.doesNotContain("Chợ Cửa Trường", "Trần Thánh Tông");
	}

	private String decodeQr(String url, Cookie session) throws Exception {
		byte[] png = this.mvc.perform(get(url).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
	}

	@SuppressWarnings("unchecked")
	private static List<AdminUnitSummary> results(MvcResult result) {
		return (List<AdminUnitSummary>) result.getModelAndView().getModel().get("results");
	}

	private PlaceSummary placeOf(AdminUnitSummary ward) {
		return this.catalog.findPlaces(new PlaceQuery(Set.of(ward.id()), null, null), new PageQuery(0, 1))
			.items()
			.get(0);
	}

	private static MockHttpServletRequestBuilder changeGroup(long id, String name, String residents) {
		return post("/console/territory/groups/{id}", id).with(csrf())
			.param("version", "0")
			.param("name", name)
			.param("kind", "RESIDENTIAL_GROUP")
			.param("households", "100")
			.param("residents", residents);
	}

	private ResidentialGroupSummary groupNamed(AdminUnitSummary ward, String name) {
		return this.catalog.groupsOf(ward.id())
			.stream()
			.filter((group) -> group.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
