package vn.lachan.access.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.DemoData;

/**
 * With demo data off, revokes the fixed demo API tokens ({@code demo-<username>}) that a
 * database keeps from a start in demo mode: everyone who read the README knows them. The
 * demo accounts themselves stay, with whatever password they have now.
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "false")
class DemoTokenRevocation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTokenRevocation.class);

	private final ApiTokenRepository tokens;

	private final List<String> usernames;

	@Autowired
	DemoTokenRevocation(ApiTokenRepository tokens) {
		this(tokens, AccessDemoData.ACCOUNTS.stream().map(AccessDemoData.DemoAccount::username).toList());
	}

	DemoTokenRevocation(ApiTokenRepository tokens, List<String> usernames) {
		this.tokens = tokens;
		this.usernames = List.copyOf(usernames);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int revoked = 0;
		for (String username : this.usernames) {
			Optional<ApiToken> token = this.tokens.findByTokenHash(ApiToken.hash("demo-" + username));
			if (token.isPresent()) {
				this.tokens.delete(token.get());
				revoked++;
			}
		}
		if (revoked > 0) {
			log.warn("Demo data is off: revoked {} demo API tokens left from a start in demo mode", revoked);
		}
	}

}
