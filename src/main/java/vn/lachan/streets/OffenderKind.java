package vn.lachan.streets;

/**
 * Who committed the violation: a person or a business (an organisation, whose fine frame
 * and titles' ceilings are double).
 */
public enum OffenderKind {

	PERSON, BUSINESS

}
