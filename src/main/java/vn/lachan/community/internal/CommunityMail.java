package vn.lachan.community.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.lachan.shared.mail.SiteMail;

/**
 * The community's mails over SMTP (Spring Mail), in Vietnamese, UTF-8: the confirmation
 * code of a joining, and a broadcast with its acknowledgement link and the one-click
 * leave link (also as {@code List-Unsubscribe}, RFC 8058).
 */
@Component
class CommunityMail {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final SiteMail site;

	private final MessageSource messages;

	CommunityMail(SiteMail site, MessageSource messages) {
		this.site = site;
		this.messages = messages;
	}

	String url(String path) {
		return this.site.url(path);
	}

	/** Sends the code of a joining; fails with {@link MailException} when it cannot. */
	void sendCode(String to, String groupName, String code, String memberToken) {
		send(to, text("community.mail.code.subject", groupName),
				text("community.mail.code.body", groupName, code, url("/community/m/" + memberToken + "/confirm")),
				null);
	}

	/**
	 * Sends one delivery of a broadcast; fails with {@link MailException} when it cannot.
	 */
	void sendBroadcast(String to, String priorityLabel, String title, String body, String deliveryKey,
			String memberToken) {
		String leave = url("/community/m/" + memberToken + "/leave");
		send(to, text("community.mail.broadcast.subject", priorityLabel, title),
				text("community.mail.broadcast.body", title, body, url("/community/d/" + deliveryKey), leave), leave);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

	private void send(String to, String subject, String body, String leaveUrl) {
		JavaMailSender mail = this.site.sender().orElseThrow(() -> new MailSendException("no mail sender configured"));
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.site.from());
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body, false);
			if (leaveUrl != null) {
				message.setHeader("List-Unsubscribe", "<" + leaveUrl + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			mail.send(message);
		}
		catch (MessagingException ex) {
			throw new MailSendException(ex.getClass().getSimpleName());
		}
	}

	/** A mail that could not be handed to the SMTP server. */
	static final class MailSendException extends MailException {

		MailSendException(String message) {
			super(message);
		}

	}

}
