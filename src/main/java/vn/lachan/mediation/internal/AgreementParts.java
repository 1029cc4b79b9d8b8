package vn.lachan.mediation.internal;

/**
 * The written agreement of a successful mediation (Đ.24 k.2): a) grounds, b) the parties,
 * c) the main content, d) the course of mediation, đ) the agreement and its solution, e)
 * rights and obligations, g) method and time limit of performance, h) signed by the
 * parties and the mediator.
 */
public record AgreementParts(String grounds, String parties, String content, String course, String solution,
		String obligations, String performance, boolean signed) {
}
