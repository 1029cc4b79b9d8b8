package vn.lachan.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lachan.access.internal.AccountManagement;
import vn.lachan.access.internal.AccountManagement.IssuedToken;
import vn.lachan.access.internal.AccountManagement.TokenSummary;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.CurrentUser;

/**
 * The signed-in person's own page: profile, password change and personal API tokens. A
 * new token's value is rendered once, in the answer to the request that created it (never
 * redirected through the session, never stored), with caching forbidden.
 */
@Controller
@RequestMapping("/console/account")
class MyAccountController {

	private static final String PAGE = "/console/account";

	private final AccountManagement accounts;

	private final PageSupport pages;

	MyAccountController(AccountManagement accounts, PageSupport pages) {
		this.accounts = accounts;
		this.pages = pages;
	}

	@GetMapping
	String show(CurrentUser user, Model model) {
		return page(user, new PasswordForm(), new TokenForm(), model);
	}

	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			CurrentUser user, Model model) {
		if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "access.form.required", "access.form.required");
		}
		if (!result.hasErrors() && !form.confirmed()) {
			result.rejectValue("confirmation", "access.password.mismatch", "access.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(user, form.getCurrentPassword(), form.getNewPassword());
				// every session of the account, this one included, ends with the old
				// password
				return "redirect:/login?changed";
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result, "newPassword");
			}
		}
		return page(user, form, new TokenForm(), model);
	}

	@PostMapping("/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, CurrentUser user,
			Model model, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				IssuedToken issued = this.accounts.issueToken(user, form.getName());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				model.addAttribute("issued", issued);
				model.addAttribute("success", this.pages.message("access.me.token-created", issued.name()));
				return page(user, new PasswordForm(), new TokenForm(), model);
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result, "name");
			}
		}
		return page(user, new PasswordForm(), form, model);
	}

	/** The confirmation step before revoking a token. */
	@GetMapping("/tokens/{id}/revoke")
	String confirmRevoke(@PathVariable long id, CurrentUser user, Model model) {
		model.addAttribute("token", ownToken(user, id));
		return "access/token-revoke";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		TokenSummary token = ownToken(user, id);
		this.accounts.revokeToken(user, id);
		redirect.addFlashAttribute("success", this.pages.message("access.me.token-revoked", token.name()));
		return "redirect:" + PAGE;
	}

	private TokenSummary ownToken(CurrentUser user, long id) {
		return this.accounts.tokensOf(user.accountId())
			.stream()
			.filter((token) -> token.id() == id)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("api-token", id));
	}

	private String page(CurrentUser user, PasswordForm passwordForm, TokenForm tokenForm, Model model) {
		model.addAttribute("account", this.accounts.view(user.accountId()));
		model.addAttribute("unrestricted", user.unrestricted());
		model.addAttribute("scopeSize", user.unitIds().size());
		model.addAttribute("passwordForm", passwordForm);
		model.addAttribute("tokenForm", tokenForm);
		model.addAttribute("tokens", this.accounts.tokensOf(user.accountId()));
		return "access/me";
	}

}
