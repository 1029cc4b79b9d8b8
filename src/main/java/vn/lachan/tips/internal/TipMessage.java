package vn.lachan.tips.internal;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A message of the thread between the ward and an anonymous reporter.
 *
 * @param at when it was written
 * @param author the ward or the reporter
 * @param accountId the officer who wrote it, never set for the reporter
 * @param body the text
 */
@Table("tip_message")
public record TipMessage(Instant at, Author author, Long accountId, String body) {

	/**
	 * Who wrote a message.
	 */
	public enum Author {

		WARD, REPORTER

	}

}
