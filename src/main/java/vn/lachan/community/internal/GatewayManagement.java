package vn.lachan.community.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.community.Channel;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.security.CurrentUser;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * A ward's webhook gateways, one per channel (Zalo OA bridge, SMS gateway): the address
 * (https, see {@link WebhookUrlPolicy}) and the signing secret (encrypted at rest).
 */
@Service
public class GatewayManagement {

	private final JdbcClient jdbc;

	private final FieldEncryptor encryptor;

	private final WebhookUrlPolicy urls;

	private final Clock clock;

	GatewayManagement(JdbcClient jdbc, FieldEncryptor encryptor, Clock clock,
			@Value("${lachan.community.allow-http-loopback:false}") boolean allowHttpLoopback) {
		this.jdbc = jdbc;
		this.encryptor = encryptor;
		this.clock = clock;
		this.urls = new WebhookUrlPolicy(allowHttpLoopback);
	}

	/** Sets the ward's gateway of a channel, replacing the one before. */
	@Transactional
	public void register(CurrentUser user, Long unitId, Channel channel, String url, String secret) {
		FieldChecks checks = new FieldChecks();
		checks.check(unitId != null, "unitId", "community.gateway.unit-required");
		if (unitId != null) {
			user.requireUnit(unitId, "unit", unitId);
		}
		checks.check(channel != null && channel.webhook(), "channel", "community.gateway.channel-invalid");
		String problem = this.urls.problem(url);
		if (problem != null) {
			checks.add("url", problem);
		}
		checks.check(secret != null && secret.length() >= 16 && secret.length() <= 200, "secret",
				"community.gateway.secret-invalid");
		checks.throwIfAny();
		this.jdbc.sql("DELETE FROM community_gateway WHERE unit_id = ? AND channel = ?")
			.params(unitId, channel.name())
			.update();
		this.jdbc
			.sql("INSERT INTO community_gateway (unit_id, channel, url, secret, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(unitId, channel.name(), url.strip(), this.encryptor.encrypt(secret), utc(this.clock.instant()))
			.update();
	}

	Optional<Gateway> find(long unitId, Channel channel) {
		return this.jdbc.sql("SELECT url, secret FROM community_gateway WHERE unit_id = ? AND channel = ?")
			.params(unitId, channel.name())
			.query((rs, n) -> new Gateway(rs.getString("url"), this.encryptor.decrypt(rs.getString("secret"))))
			.optional();
	}

	boolean exists(long unitId, Channel channel) {
		return this.jdbc.sql("SELECT COUNT(*) FROM community_gateway WHERE unit_id = ? AND channel = ?")
			.params(unitId, channel.name())
			.query(Integer.class)
			.single() > 0;
	}

	record Gateway(String url, String secret) {
	}

}
