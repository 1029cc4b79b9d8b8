package vn.lachan.cameras.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.crypto.EncryptedColumns;

/** The cameras module's encrypted columns, re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class CamerasEncryptedColumns {

	@Bean
	EncryptedColumns cameraOwnerColumns() {
		return EncryptedColumns.of("cameras_owner", "id", "name_enc", "contact_enc", "email_enc");
	}

}
