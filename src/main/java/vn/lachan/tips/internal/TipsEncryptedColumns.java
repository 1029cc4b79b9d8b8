package vn.lachan.tips.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.crypto.EncryptedColumns;

/** The tips module's encrypted columns, re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class TipsEncryptedColumns {

	@Bean
	EncryptedColumns tipReporterColumns() {
		return EncryptedColumns.of("tip", "id", "reporter_name", "reporter_contact", "reporter_id_number");
	}

}
