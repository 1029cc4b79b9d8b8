package vn.lachan.mediation.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.crypto.EncryptedColumns;

/** The mediation module's encrypted columns, re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class MediationEncryptedColumns {

	@Bean
	EncryptedColumns mediationPartyColumns() {
		return EncryptedColumns.of("mediation_party", "id", "name_encrypted", "contact_encrypted", "address_encrypted");
	}

	@Bean
	EncryptedColumns mediationAgreementColumns() {
		return EncryptedColumns.of("mediation_agreement", "case_id", "parties_encrypted");
	}

}
