package vn.lachan.access.internal;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.lachan.shared.DemoData;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Sign-in throttling per address: once an address has failed as many sign-ins as the
 * limit allows (on any usernames), even the right password from it is refused, with a
 * message that says why, while another address signs in with the same account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignInThrottle throttle;

	@Value("${lachan.access.sign-in.failures-per-address}")
	int limit;

	@Test
	void anAddressWithTooManyFailuresIsRefusedEvenTheRightPassword() throws Exception {
		String address = "198.51.100.23";
		// the failures before the last, counted as the failure listener counts them
		for (int i = 0; i < this.limit - 1; i++) {
			this.throttle.failed(address);
		}
		// the last one through the form, on a username that does not exist
		this.mvc.perform(signIn("khong-co-tai-khoan", "Sai-Mat-Khau-1", address)).andExpect(unauthenticated());

		MvcResult refused = this.mvc.perform(signIn("vihoang", DemoData.PASSWORD, address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		Cookie session = refused.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/login?error").cookie(session))
			.andExpect(content().string(containsString("Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này")));

		this.mvc.perform(signIn("vihoang", DemoData.PASSWORD, "198.51.100.24"))
			.andExpect(authenticated().withUsername("vihoang"));
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
