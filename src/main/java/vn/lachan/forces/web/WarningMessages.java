package vn.lachan.forces.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.lachan.forces.internal.RuleWarning;
import vn.lachan.shared.DomainException;
import vn.lachan.shared.web.FormErrors;

/**
 * Rule warnings in words, in the caller's language.
 */
@Component
class WarningMessages {

	private final MessageSource messages;

	WarningMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(RuleWarning warning) {
		return this.messages.getMessage(warning.messageKey(), new Object[] { warning.threshold() }, warning.rule(),
				LocaleContextHolder.getLocale());
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/**
	 * A service error of an action without a form object, in words
	 * ({@link FormErrors#text}).
	 */
	String text(DomainException ex) {
		return FormErrors.text(ex, this.messages, LocaleContextHolder.getLocale());
	}

	List<String> texts(List<RuleWarning> warnings) {
		return warnings.stream().map(this::text).toList();
	}

}
