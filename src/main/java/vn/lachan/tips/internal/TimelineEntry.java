package vn.lachan.tips.internal;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of a tip's timeline: who did what, when.
 *
 * @param at when
 * @param kind what happened
 * @param actorAccountId the account that did it, {@code null} for the reporter or the
 * platform
 * @param actorName the name shown
 * @param note a remark, if any
 */
@Table("tip_timeline")
public record TimelineEntry(Instant at, Kind kind, Long actorAccountId, String actorName, String note) {

	/**
	 * What happened.
	 */
	public enum Kind {

		RECEIVED, ASSIGNED, VERIFYING, RESOLVED, REJECTED, TRANSFERRED, MERGED, URGENCY, QUESTION, ANSWER, LINKED

	}

}
