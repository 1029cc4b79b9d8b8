package vn.lachan.tips.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.lachan.tips.TipLink;
import vn.lachan.tips.internal.TimelineEntry;
import vn.lachan.tips.internal.TipCategories;

/**
 * What the tip pages show for the codes a tip keeps: the channel of its receipt, the
 * reason of a rejection, a linked record and an outcome's offence, named in the reader's
 * language ({@code ${@tipTexts.note(entry)}} in a template) and never as the stored code.
 */
@Component("tipTexts")
public class TipTexts {

	private final MessageSource messages;

	private final TipCategories categories;

	TipTexts(MessageSource messages, TipCategories categories) {
		this.messages = messages;
		this.categories = categories;
	}

	/** The note of a timeline entry as the reader reads it; null when it has none. */
	public String note(TimelineEntry entry) {
		String note = entry.note();
		if (note == null) {
			return null;
		}
		return switch (entry.kind()) {
			case RECEIVED -> message("tip.channel." + note, null, note);
			case REJECTED -> {
				String[] parts = note.split(": ", 2);
				String reason = message("tip.rejection." + parts[0], null, parts[0]);
				yield (parts.length > 1) ? reason + ": " + parts[1] : reason;
			}
			case LINKED -> {
				TipLink link = TipLink.parse(note);
				yield (link != null) ? message("tip.link." + link.module() + "." + link.recordType(),
						new Object[] { link.recordId() }, note) : note;
			}
			default -> note;
		};
	}

	/**
	 * An outcome's offence: the category of that code, or the dashboard's name for it.
	 */
	public String offence(String code) {
		if (code == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		return this.categories.find(code)
			.map((category) -> category.name(locale))
			.orElseGet(() -> message("dashboard.offence." + code, null, code));
	}

	private String message(String key, Object[] args, String fallback) {
		return this.messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

}
