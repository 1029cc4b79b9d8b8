package vn.lachan.community;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lachan.community.internal.GroupInput;
import vn.lachan.community.internal.GroupManagement;
import vn.lachan.community.internal.JoinRequest;
import vn.lachan.community.internal.Joined;
import vn.lachan.community.internal.MemberManagement;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.TerritoryCatalog;

import static org.awaitility.Awaitility.await;

/**
 * What the community's integration tests share: one application context (the suite's,
 * with mail over real SMTP to one GreenMail on a free port for all of them), the wards'
 * officers as the services see them, and a real joining (the code read from the mail).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class CommunityTestSupport {

	static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	private static final Pattern CODE = Pattern.compile("là: (\\d{6})");

	static {
		MAIL.start();
	}

	@Autowired
	TerritoryCatalog territory;

	@Autowired
	GroupManagement groups;

	@Autowired
	MemberManagement membership;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	long unit(String code) {
		return this.territory.findUnitByCode(code, DemoData.AS_OF).orElseThrow().id();
	}

	/** The ward officer of a ward as the services see the signed-in account. */
	CurrentUser officer(String code) {
		long unit = unit(code);
		return new CurrentUser(900_000 + unit, "officer-" + code, "Cán bộ " + code, Role.WARD_OFFICER, unit,
				this.territory.subtreeIds(unit), Set.of());
	}

	long group(String wardCode, String name) {
		return this.groups.create(officer(wardCode),
				new GroupInput(unit(wardCode), GroupKind.MARKET_TRADERS, name + " " + unique(), null, null));
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** Joins a group with a code read from the mail, and answers the member's token. */
	String joinAndConfirm(long groupId, String email, String phone, Set<Channel> channels, Priority minimum) {
		String joinToken = this.groups.group(officer(wardOf(groupId)), groupId).joinToken();
		Joined joined = this.membership.join(joinToken,
				new JoinRequest("Thành viên " + unique(), email, phone, channels, minimum, true));
		this.membership.confirm(joined.memberToken(), code(email));
		return joined.memberToken();
	}

	String wardOf(long groupId) {
		return this.jdbc
			.sql("SELECT u.code FROM community_group g JOIN admin_unit u ON u.id = g.unit_id WHERE g.id = ?")
			.param(groupId)
			.query(String.class)
			.single();
	}

	/** The latest code mailed to this address. */
	static String code(String email) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !mailsTo(email).isEmpty());
		List<MimeMessage> mails = mailsTo(email);
		Matcher matcher = CODE.matcher(text(mails.get(mails.size() - 1)));
		if (!matcher.find()) {
			throw new AssertionError("no code in the mail");
		}
		return matcher.group(1);
	}

	static List<MimeMessage> mailsTo(String email) {
		return mailsTo(MAIL, email);
	}

	/** The mails one GreenMail received for this address. */
	static List<MimeMessage> mailsTo(GreenMail server, String email) {
		return Arrays.stream(server.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch((a) -> a.toString().equalsIgnoreCase(email));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static String text(MimeMessage mail) {
		try {
			return mail.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
