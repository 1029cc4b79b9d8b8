package vn.lachan.shared.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.lachan.shared.DemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms built with the form kit, rendered as their users see them: every visible
 * input, select and textarea has a label whose {@code for} is its {@code id}, and every
 * id that {@code aria-describedby} names is on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormLabelsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyFieldOfTheConsoleFormsHasALabel() throws Exception {
		assertLabelled(page("admin", "/console/admin/accounts/new"));
		assertLabelled(page("vihoang", "/console/tips/new"));
		assertLabelled(page("vihoang", "/console/forces/teams/new"));
		assertLabelled(page("vihoang", "/console/forces/activities/new"));
		assertLabelled(page("myxa", "/console/residence/accommodations/new"));
		assertLabelled(page("myxa", "/console/residence/declare"));
	}

	@Test
	void everyFieldOfThePublicTipFormHasALabel() throws Exception {
		String html = this.mvc.perform(get("/report"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertLabelled(html);
	}

	@Test
	void aFormShownAgainWithErrorsPointsEachFieldAtItsMessages() throws Exception {
		Cookie officer = signIn("myxa");
		String html = this.mvc
			.perform(post("/console/residence/accommodations").cookie(officer).param("name", "").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Element> invalid = fields(parse(html)).stream()
			.filter((field) -> "true".equals(field.getAttributeValue("aria-invalid")))
			.toList();
		assertThat(invalid).as("fields marked aria-invalid").isNotEmpty();
		assertThat(invalid).allSatisfy((field) -> assertThat(field.getAttributeValue("aria-describedby"))
			.as("aria-describedby of %s", field.getAttributeValue("id"))
			.contains(field.getAttributeValue("id") + "-errors"));
		assertLabelled(html);
	}

	private void assertLabelled(String html) {
		Document document = parse(html);
		Set<String> ids = new HashSet<>();
		Set<String> labelled = new HashSet<>();
		List<Element> all = new ArrayList<>();
		collect(document, all);
		for (Element element : all) {
			if (element.hasAttribute("id")) {
				ids.add(element.getAttributeValue("id"));
			}
			if (element.getElementName().equalsIgnoreCase("label") && element.hasAttribute("for")) {
				labelled.add(element.getAttributeValue("for"));
			}
		}
		List<Element> fields = fields(document);
		assertThat(fields).as("form fields on the page").isNotEmpty();
		for (Element field : fields) {
			String id = field.getAttributeValue("id");
			String name = field.getAttributeValue("name");
			assertThat(id).as("id of the field named %s", name).isNotBlank();
			assertThat(labelled).as("a <label for> of the field %s", id).contains(id);
			String describedBy = field.getAttributeValue("aria-describedby");
			if (describedBy != null) {
				assertThat(ids).as("ids named by aria-describedby of %s", id)
					.containsAll(List.of(describedBy.trim().split("\\s+")));
			}
		}
	}

	/** The visible inputs, selects and textareas. */
	private static List<Element> fields(Document document) {
		List<Element> all = new ArrayList<>();
		collect(document, all);
		return all.stream().filter((element) -> {
			String tag = element.getElementName().toLowerCase();
			if (tag.equals("select") || tag.equals("textarea")) {
				return true;
			}
			String type = element.getAttributeValue("type");
			return tag.equals("input") && !List.of("hidden", "submit", "button").contains(type);
		}).toList();
	}

	private static void collect(INestableNode parent, List<Element> into) {
		for (INode child : parent.getChildren()) {
			if (child instanceof Element element) {
				into.add(element);
				collect(element, into);
			}
		}
	}

	private static Document parse(String html) {
		try {
			return new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(new StringReader(html));
		}
		catch (org.attoparser.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String page(String username, String path) throws Exception {
		return this.mvc.perform(get(path).cookie(signIn(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Cookie signIn(String username) throws Exception {
		return this.mvc.perform(formLogin("/login").user(username).password(DemoData.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
