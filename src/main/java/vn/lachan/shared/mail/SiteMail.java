package vn.lachan.shared.mail;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * What every mail of the site needs: the SMTP sender when one is configured, the address
 * the mail comes from ({@code lachan.mail.from}) and the public address its links point
 * to ({@code lachan.public-url}, {@code http://localhost:8080} when unset).
 */
@Component
public class SiteMail {

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	private final String publicUrl;

	SiteMail(ObjectProvider<JavaMailSender> sender, @Value("${lachan.mail.from:no-reply@lachan.local}") String from,
			@Value("${lachan.public-url:}") String publicUrl) {
		this.sender = sender;
		this.from = from;
		String base = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl;
		this.publicUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** The configured SMTP sender; empty when mail is not configured. */
	public Optional<JavaMailSender> sender() {
		return Optional.ofNullable(this.sender.getIfAvailable());
	}

	/** The address the site's mails come from. */
	public String from() {
		return this.from;
	}

	/** The absolute link to a path of the site ({@code /footage/abc}). */
	public String url(String path) {
		return this.publicUrl + path;
	}

}
