package vn.lachan.community.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.crypto.EncryptedColumns;

/** The community module's encrypted columns, re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class CommunityEncryptedColumns {

	@Bean
	EncryptedColumns communityMemberColumns() {
		return EncryptedColumns.of("community_member", "id", "display_name", "email", "phone");
	}

	@Bean
	EncryptedColumns communityCheckinColumns() {
		return EncryptedColumns.of("community_checkin", "id", "phone");
	}

	@Bean
	EncryptedColumns communityGatewayColumns() {
		return EncryptedColumns.of("community_gateway", "id", "secret");
	}

}
