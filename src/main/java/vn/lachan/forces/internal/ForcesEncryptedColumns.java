package vn.lachan.forces.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.crypto.EncryptedColumns;

/** The forces module's encrypted columns, re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class ForcesEncryptedColumns {

	@Bean
	EncryptedColumns forcesPersonColumns() {
		return EncryptedColumns.of("forces_person", "id", "phone_encrypted");
	}

}
