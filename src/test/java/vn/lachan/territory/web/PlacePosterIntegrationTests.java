package vn.lachan.territory.web;

import java.awt.image.BufferedImage;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.paging.PageQuery;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceQuery;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.territory.TerritoryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A place's printable material: the A4 poster's text has the place's name with its
 * diacritics in an embedded font, and its QR code decodes to the place's link, the same
 * one the page links to; the vector QR downloads; another ward's place answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlacePosterIntegrationTests {

	private static final Pattern LINK = Pattern.compile("id=\"qr-address\" href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryCatalog catalog;

	@Test
	void thePosterNamesThePlaceAndItsCodeOpensThePlacesLink() throws Exception {
		AdminUnitSummary viHoang = TerritoryFixtures.ward(this.catalog, TerritoryFixtures.VI_HOANG);
		PlaceSummary place = placeOf(viHoang);
		Cookie session = TerritoryFixtures.signIn(this.mvc, "vihoang");
		String page = this.mvc.perform(get("/console/territory/places/{id}", place.id()).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = LINK.matcher(page);
		assertThat(link.find()).as("the page links the place's address").isTrue();
		assertThat(link.group(1)).contains("/p/");
		byte[] pdf = this.mvc.perform(get("/console/territory/places/{id}/poster.pdf", place.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(place.name()).contains(viHoang.name()).contains("113").contains(link.group(1));
			for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
			}
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
			String decoded = new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
				.getText();
			assertThat(decoded).isEqualTo(link.group(1));
		}
		String svg = this.mvc.perform(get("/console/territory/places/{id}/qr.svg", place.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").contains("<path");
	}

	@Test
	void anotherWardsPosterAndCodeAreNotFound() throws Exception {
		PlaceSummary place = placeOf(TerritoryFixtures.ward(this.catalog, TerritoryFixtures.THONG_NHAT));
		Cookie session = TerritoryFixtures.signIn(this.mvc, "vihoang");
		this.mvc.perform(get("/console/territory/places/{id}/poster.pdf", place.id()).cookie(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/console/territory/places/{id}/qr.svg", place.id()).cookie(session))
			.andExpect(status().isNotFound());
	}

	private PlaceSummary placeOf(AdminUnitSummary ward) {
		return this.catalog.findPlaces(new PlaceQuery(Set.of(ward.id()), null, null), new PageQuery(0, 1))
			.items()
			.get(0);
	}

}
