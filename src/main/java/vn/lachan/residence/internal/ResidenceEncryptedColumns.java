package vn.lachan.residence.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.crypto.EncryptedColumns;

/** The residence module's encrypted columns, re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class ResidenceEncryptedColumns {

	@Bean
	EncryptedColumns stayDocumentColumns() {
		return EncryptedColumns.of("stay", "id", "full_name", "document_number");
	}

	@Bean
	EncryptedColumns temporaryResidenceDocumentColumns() {
		return EncryptedColumns.of("temporary_residence", "id", "full_name", "document_number");
	}

}
