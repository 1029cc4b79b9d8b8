package vn.lachan.tips.internal;

import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.tips.OutcomeKind;

/**
 * One outcome of a resolved tip.
 *
 * @param kind what came of it
 * @param offenceCategory the offence, e.g. {@code drug-possession}
 * @param cases how many cases
 * @param suspects how many suspects
 */
@Table("tip_outcome")
public record TipOutcome(OutcomeKind kind, String offenceCategory, int cases, int suspects) {
}
