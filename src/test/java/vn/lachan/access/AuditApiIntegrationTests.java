package vn.lachan.access;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.access.AccessFixtures.TestAccount;
import vn.lachan.access.internal.AccountManagement;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/audit-events}: filters by action, actor, record and time, newest
 * first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	AuditTrail audit;

	@Autowired
	PlatformTransactionManager transactionManager;

	AccessFixtures fixtures;

	TestAccount admin;

	@BeforeEach
	void fixtures() {
		this.fixtures = new AccessFixtures(this.accounts, this.territory, this.mvc);
		this.admin = this.fixtures.accountWithToken(Role.ADMIN);
	}

	@Test
	void filtersByActionActorRecordAndTime() throws Exception {
		TestAccount officer = this.fixtures.account(Role.WARD_OFFICER);
		this.accounts.disable(this.admin.asCurrentUser(), officer.id());
		this.accounts.enable(this.admin.asCurrentUser(), officer.id());
		String id = String.valueOf(officer.id());
		LocalDate today = LocalDate.now(VietnamTime.ZONE);

		this.mvc.perform(events().param("recordType", "account").param("recordId", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items[0].action").value("ACCOUNT_ENABLED"))
			.andExpect(jsonPath("$.items[2].action").value("ACCOUNT_CREATED"));
		this.mvc.perform(events().param("recordId", id).param("action", "ACCOUNT_DISABLED"))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].actorUsername").value(this.admin.username()));
		this.mvc.perform(events().param("recordId", id).param("actor", this.admin.username()))
			.andExpect(jsonPath("$.totalItems").value(2));
		this.mvc.perform(events().param("recordId", id).param("actor", "system"))
			.andExpect(jsonPath("$.totalItems").value(1));
		this.mvc.perform(events().param("recordId", id).param("from", today.toString()).param("to", today.toString()))
			.andExpect(jsonPath("$.totalItems").value(3));
		this.mvc.perform(events().param("recordId", id).param("to", today.minusDays(1).toString()))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(events().param("recordId", id).param("from", Instant.now().plusSeconds(3600).toString()))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(events().param("recordId", id).param("size", "1").param("page", "1"))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].action").value("ACCOUNT_DISABLED"));
	}

	@Test
	void aReadIsAuditedFromAReadOnlyTransaction() throws Exception {
		String record = "R-" + System.nanoTime();
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);
		// PostgreSQL refuses an insert in a read-only transaction: the audit takes its
		// own
		readOnly.executeWithoutResult((status) -> this.audit.personalDataRead(this.admin.asCurrentUser(), "person",
				record, null, "kiểm tra nơi ở"));

		this.mvc.perform(events().param("recordType", "person").param("recordId", record))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].action").value("PERSONAL_DATA_READ"));
	}

	@Test
	void aBadTimeAnswers400WithTheField() throws Exception {
		this.mvc.perform(events().param("from", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		this.mvc.perform(events().param("action", "NOPE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private MockHttpServletRequestBuilder events() {
		return get("/api/v1/audit-events").header(HttpHeaders.AUTHORIZATION, this.admin.bearer());
	}

}
