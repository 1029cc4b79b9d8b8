package vn.lachan.cameras.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.lachan.shared.mail.SiteMail;
import vn.lachan.shared.time.VietnamTime;

/**
 * Mails an owner the private link of a footage request, over the configured SMTP server.
 * A failed delivery is logged without the address and leaves the link for staff to hand
 * over.
 */
@Component
class FootageMail {

	private static final Logger log = LoggerFactory.getLogger(FootageMail.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(VietnamTime.ZONE);

	private final SiteMail site;

	private final MessageSource messages;

	FootageMail(SiteMail site, MessageSource messages) {
		this.site = site;
		this.messages = messages;
	}

	/** Whether the mail went out. */
	boolean send(String to, FootageRequest request, String token) {
		JavaMailSender mail = this.site.sender().orElse(null);
		if (mail == null || to == null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.site.from());
		message.setTo(to);
		message.setSubject(this.messages.getMessage("cameras.mail.subject", null, VIETNAMESE));
		String category = this.messages.getMessage("cameras.category." + request.categoryCode(), null,
				request.categoryCode(), VIETNAMESE);
		message.setText(this.messages.getMessage("cameras.mail.body",
				new Object[] { category, TIME.format(request.windowFrom()), TIME.format(request.windowTo()),
						(request.place() != null) ? request.place() : "", TIME.format(request.expiresAt()),
						this.site.url("/footage/" + token) },
				VIETNAMESE));
		try {
			mail.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Footage request {} not mailed: {}", request.id(), ex.getClass().getSimpleName());
			return false;
		}
	}

}
