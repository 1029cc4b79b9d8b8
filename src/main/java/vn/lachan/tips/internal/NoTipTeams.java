package vn.lachan.tips.internal;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No teams yet: the {@code forces} module is not part of the application. Assignments go
 * to officers.
 */
@Configuration(proxyBeanMethods = false)
class NoTipTeams {

	@Bean
	@ConditionalOnMissingBean(TipTeams.class)
	TipTeams tipTeamsWithoutForces() {
		return (teamId) -> Optional.empty();
	}

}
