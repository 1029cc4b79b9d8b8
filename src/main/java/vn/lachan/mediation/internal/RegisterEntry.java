package vn.lachan.mediation.internal;

import java.util.List;

/**
 * One case as the register (sổ theo dõi hoạt động hòa giải ở cơ sở, Part I) lists it.
 *
 * @param number the case's number in the register, from 1
 * @param mediationCase the case
 * @param mediators the mediators' names
 * @param parties the parties and invited persons (decrypted; the read is audited)
 * @param agreement the written agreement, if any
 */
public record RegisterEntry(int number, MediationCase mediationCase, List<String> mediators, List<Party> parties,
		AgreementParts agreement) {

	public RegisterEntry {
		mediators = List.copyOf(mediators);
		parties = List.copyOf(parties);
	}

}
