package vn.lachan.shared.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input that reaches the page error handler (a controller that did not put it back on
 * its form) answers a 400 page naming the problems in Vietnamese, never a 500.
 */
class PageErrorHandlerTests {

	private final PageErrorHandler handler = new PageErrorHandler(new Problems(messages(), JsonMapper.builder().build(),
			new FixedLocaleResolver(Locale.forLanguageTag("vi"))), new PageModel(List.of()));

	@Test
	void invalidInputOnAPageIsABadRequestPageWithTheFieldMessages() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		try {
			ModelAndView page = this.handler.invalidInput(
					new InvalidInputException(List.of(new FieldProblem("from", "invalid", "problem.validation"),
							new FieldProblem("to", "invalid", "Ngày kết thúc trước ngày bắt đầu."))),
					new MockHttpServletRequest("GET", "/console/mediation"));
			assertThat(page.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(page.getViewName()).isEqualTo(ErrorEndpoint.viewFor(400));
			assertThat(page.getModel()).containsEntry("status", 400)
				.containsEntry("detail",
						"Một số trường chưa hợp lệ, xem danh sách lỗi. Ngày kết thúc trước ngày bắt đầu.");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/shared");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
