package vn.lachan.community.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.community.CommunityCatalog;
import vn.lachan.community.GroupSummary;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.web.ConsoleMenuItem;
import vn.lachan.shared.web.PlaceLandingLinks;
import vn.lachan.shared.web.PublicPaths;

/**
 * The community's console entry, its public pages, and its links on a place's QR landing
 * page: check in, the notice board, and join each group of the place.
 */
@Configuration(proxyBeanMethods = false)
class CommunityWebConfiguration {

	@Bean
	ConsoleMenuItem communityMenuItem() {
		return new ConsoleMenuItem("nav.community", "/console/community",
				EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.WARD_OFFICER), 55);
	}

	@Bean
	PublicPaths communityPublicPaths() {
		return PublicPaths.of("/community/places/**", "/community/wards/**", "/community/join/**", "/community/m/**",
				"/community/d/**");
	}

	@Bean
	PlaceLandingLinks communityLandingLinks(CommunityCatalog catalog) {
		return (placeId, token) -> {
			List<PlaceLandingLinks.Link> links = new ArrayList<>();
			links.add(new PlaceLandingLinks.Link("landing-checkin", "community.landing.checkin", null,
					"/community/places/" + token + "/checkin"));
			for (GroupSummary group : catalog.groupsAtPlace(placeId)) {
				links.add(new PlaceLandingLinks.Link("landing-join-" + group.id(), "community.landing.join",
						group.name(), "/community/join/" + group.joinToken()));
			}
			links.add(new PlaceLandingLinks.Link("landing-board", "community.landing.board", null,
					"/community/places/" + token));
			return links;
		};
	}

}
