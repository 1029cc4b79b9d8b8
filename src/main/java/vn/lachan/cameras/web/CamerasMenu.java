package vn.lachan.cameras.web;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuGroup;
import vn.lachan.shared.web.ConsoleMenuItem;
import vn.lachan.shared.web.PublicPaths;

/**
 * The cameras' entry in the console's navigation, and the pages anyone may open.
 */
@Configuration(proxyBeanMethods = false)
class CamerasMenu {

	@Bean
	ConsoleMenuItem camerasMenuItem() {
		return new ConsoleMenuItem("nav.cameras", "/console/cameras",
				EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER), 40, ConsoleMenuGroup.CAMERAS);
	}

	@Bean
	PublicPaths camerasPublicPaths() {
		return PublicPaths.of("/cameras/register", "/cameras/owner/**", "/footage/**");
	}

}
