package vn.lachan.forces;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's team line speaks each language's plurals and digit grouping.
 */
class ForcesMessagesTests {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void englishSaysOneTeamAndGroupsThousandsWithCommas() {
		assertThat(line(1, 1, Locale.ENGLISH)).isEqualTo("1 team, 1 member");
		assertThat(line(581, 4067, Locale.ENGLISH)).isEqualTo("581 teams, 4,067 members");
	}

	@Test
	void vietnameseGroupsThousandsWithPoints() {
		assertThat(line(581, 4067, Locale.forLanguageTag("vi"))).isEqualTo("581 tổ, 4.067 thành viên");
	}

	private String line(long teams, long members, Locale locale) {
		return this.messages.getMessage("forces.dashboard.line", new Object[] { teams, members }, locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/forces");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
