package vn.lachan.streets.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.crypto.EncryptedColumns;

/** The streets module's encrypted columns, re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class StreetsEncryptedColumns {

	@Bean
	EncryptedColumns violationOffenderColumns() {
		return EncryptedColumns.of("streets_violation", "id", "offender_name", "offender_identifier");
	}

}
