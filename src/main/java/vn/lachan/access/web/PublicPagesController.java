package vn.lachan.access.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.lachan.access.internal.SignInThrottle;
import vn.lachan.shared.security.CurrentUser;

/**
 * The public landing page and the sign-in page.
 */
@Controller
class PublicPagesController {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/login")
	String login(CurrentUser user, HttpSession session, Model model) {
		if (user != null) {
			return "redirect:/console";
		}
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		String key = "login.failed";
		if (failure instanceof LockedException) {
			key = "login.locked";
		}
		else if (failure instanceof SignInThrottle.Throttled) {
			key = "login.throttled";
		}
		else if (failure instanceof DisabledException) {
			key = "login.disabled";
		}
		model.addAttribute("loginError", key);
		return "access/login";
	}

}
