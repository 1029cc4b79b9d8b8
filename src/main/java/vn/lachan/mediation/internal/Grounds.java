package vn.lachan.mediation.internal;

/** Why a mediation starts (Law 35/2013, Đ.16). */
public enum Grounds {

	/** A party asked for it. */
	PARTY_REQUEST,
	/** A mediator witnessed or learned of the case. */
	MEDIATOR_SAW,
	/** The team leader assigned it, or a body or person proposed it. */
	LEADER_ASSIGNED

}
