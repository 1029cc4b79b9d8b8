package vn.lachan.community;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.lachan.community.internal.BroadcastCommand;
import vn.lachan.community.internal.BroadcastManagement;
import vn.lachan.community.internal.CommunityJobs;
import vn.lachan.community.internal.GatewayManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance 1: a broadcast goes out by email over real SMTP (GreenMail), its Vietnamese
 * subject and text intact, and by SMS through a signed webhook to a real HTTP receiver
 * that refuses the first attempts, then loses an answer: the outbox retries with backoff
 * (the job driven with its own instants, no sleeping), each delivery keeps its id, the
 * receiver takes each one in once, and every recipient's status ends sent.
 */
class CommunityDeliveryIntegrationTests extends CommunityTestSupport {

	private static final String SECRET = "bi-mat-cong-sms-vi-hoang-2022";

	private static final String TITLE = "Cảnh báo lừa đảo qua điện thoại";

	private static final String BODY = "Không chuyển tiền, không đọc mã OTP cho người lạ gọi điện.";

	@Autowired
	BroadcastManagement broadcasts;

	@Autowired
	GatewayManagement gateways;

	@Autowired
	CommunityJobs jobs;

	@Test
	void emailArrivesIntactAndEveryWebhookDeliveryArrivesOnceThroughRetries() throws Exception {
		try (WebhookReceiver receiver = new WebhookReceiver(SECRET)) {
			this.gateways.register(officer("13639"), unit("13639"), Channel.SMS, receiver.url(), SECRET);
			long group = group("13639", "Tiểu thương chợ Vị Hoàng thử");
			String first = "an.nguyen." + unique() + "@example.com";
			String second = "binh.tran." + unique() + "@example.com";
			joinAndConfirm(group, first, "0912000111", Set.of(Channel.EMAIL, Channel.SMS), Priority.INFORMATION);
			joinAndConfirm(group, second, "0912000222", Set.of(Channel.EMAIL, Channel.SMS), Priority.WARNING);

			long id = this.broadcasts.compose(officer("13639"),
					new BroadcastCommand(null, Priority.WARNING, TITLE, BODY,
							Set.of(Channel.BOARD, Channel.EMAIL, Channel.SMS),
							List.of(new Target(TargetKind.GROUP, group)), "fraud-warning", null));
			List<String> smsKeys = keys(id, "SMS");
			assertThat(smsKeys).hasSize(2);
			assertThat(keys(id, "EMAIL")).hasSize(2);

			Instant now = Instant.now();
			dispatch(now);
			for (String email : List.of(first, second)) {
				List<MimeMessage> mails = mailsTo(email).stream().filter((m) -> subject(m).contains(TITLE)).toList();
				assertThat(mails).as("one broadcast mail to %s", email).hasSize(1);
				assertThat(subject(mails.get(0))).isEqualTo("[Cảnh báo] " + TITLE);
				assertThat(text(mails.get(0))).contains(BODY, "/community/d/", "/leave");
				assertThat(mails.get(0).getHeader("List-Unsubscribe")).isNotEmpty();
			}
			assertThat(receiver.requests()).containsExactlyInAnyOrderElementsOf(smsKeys);
			assertThat(statuses(id, "SMS")).containsOnly("PENDING");

			// not yet due: the first backoff is 30 s
			dispatch(now.plusSeconds(10));
			assertThat(receiver.requests()).hasSize(2);

			Instant at = now;
			int attempts = 1;
			while (statuses(id, "SMS").contains("PENDING") && attempts < 8) {
				at = at.plusSeconds(30L << (attempts - 1));
				dispatch(at);
				attempts++;
			}
			assertThat(attempts).isEqualTo(WebhookReceiver.REFUSED + 2);
			assertThat(statuses(id, "SMS")).containsOnly("SENT");
			assertThat(statuses(id, "EMAIL")).containsOnly("SENT");
			assertThat(receiver.badSignatures()).isEmpty();
			assertThat(receiver.accepted().keySet()).containsExactlyInAnyOrderElementsOf(smsKeys);
			assertThat(receiver.requests()).hasSize(smsKeys.size() * attempts);
			assertThat(receiver.requests().stream().distinct().toList()).containsExactlyInAnyOrderElementsOf(smsKeys);
			assertThat(receiver.accepted().values()).allSatisfy((body) -> assertThat(body).contains(BODY, "\"SMS\""));
			assertThat(receiver.answeredOk()).as("each delivery confirmed once")
				.containsExactlyInAnyOrderElementsOf(smsKeys);

			// sent is final: later runs send nothing again, by webhook or by mail
			int requests = receiver.requests().size();
			dispatch(at.plusSeconds(3600));
			dispatch(at.plus(java.time.Duration.ofDays(1)));
			assertThat(receiver.requests()).hasSize(requests);
			for (String email : List.of(first, second)) {
				assertThat(mailsTo(email).stream().filter((m) -> subject(m).contains(TITLE))).hasSize(1);
			}
			assertThat(mails(first).getContentType()).containsIgnoringCase("UTF-8");
		}
	}

	@Test
	void aGatewayThatNeverRecoversEndsFailedAfterTheLastAttempt() {
		this.gateways.register(officer("13681"), unit("13681"), Channel.SMS, "http://127.0.0.1:9/closed", SECRET);
		long group = group("13681", "Hộ kinh doanh Trần Thánh Tông thử");
		joinAndConfirm(group, "chi.le." + unique() + "@example.com", "0912000333", Set.of(Channel.SMS),
				Priority.INFORMATION);
		long id = this.broadcasts.compose(officer("13681"),
				new BroadcastCommand(null, Priority.URGENT, "Mất điện khu chợ",
						"Mat dien tu 14h, dong cua hang can than.", Set.of(Channel.SMS),
						List.of(new Target(TargetKind.GROUP, group)), null, null));
		Instant at = Instant.now();
		for (int i = 0; i < 12; i++) {
			dispatch(at);
			at = at.plusSeconds(3600);
		}
		assertThat(statuses(id, "SMS")).containsOnly("FAILED");
		assertThat(this.jdbc.sql("SELECT attempts FROM community_delivery WHERE broadcast_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(8);
	}

	private MimeMessage mails(String email) {
		return mailsTo(email).stream().filter((m) -> subject(m).contains(TITLE)).findFirst().orElseThrow();
	}

	private void dispatch(Instant at) {
		this.jobs.dispatch(at);
	}

	private List<String> keys(long broadcast, String channel) {
		return this.jdbc.sql("SELECT delivery_key FROM community_delivery WHERE broadcast_id = ? AND channel = ?")
			.params(broadcast, channel)
			.query(String.class)
			.list();
	}

	private List<String> statuses(long broadcast, String channel) {
		return this.jdbc.sql("SELECT status FROM community_delivery WHERE broadcast_id = ? AND channel = ?")
			.params(broadcast, channel)
			.query(String.class)
			.list();
	}

}
