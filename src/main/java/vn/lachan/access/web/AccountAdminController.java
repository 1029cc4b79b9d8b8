package vn.lachan.access.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.lachan.access.AccountSummary;
import vn.lachan.access.internal.AccountManagement;
import vn.lachan.access.internal.AccountSearch;
import vn.lachan.access.internal.AccountView;
import vn.lachan.shared.ConflictException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.web.FormErrors;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The administrators' account pages: list and search, create, edit, disable and enable
 * (after a confirmation), reset a password.
 */
@Controller
@RequestMapping("/console/admin/accounts")
class AccountAdminController {

	private static final String LIST = "/console/admin/accounts";

	private final AccountManagement accounts;

	private final TerritoryCatalog territory;

	private final PageSupport pages;

	AccountAdminController(AccountManagement accounts, TerritoryCatalog territory, PageSupport pages) {
		this.accounts = accounts;
		this.territory = territory;
		this.pages = pages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String text = (q != null && q.length() > 100) ? q.substring(0, 100) : q;
		model.addAttribute("accounts",
				this.accounts.search(new AccountSearch(text, role, null), PageQuery.of(page, PageQuery.DEFAULT_SIZE)));
		model.addAttribute("q", text);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(LIST);
		if (text != null && !text.isBlank()) {
			base.queryParam("q", text.strip());
		}
		if (role != null) {
			base.queryParam("role", role.name());
		}
		String uri = base.encode().build().toUriString();
		model.addAttribute("pagerBase", uri + (uri.contains("?") ? "&" : "?"));
		return "access/accounts";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		NewAccountForm form = new NewAccountForm();
		form.setRole(Role.WARD_OFFICER);
		return showNew(form, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result, CurrentUser admin,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showNew(form, model);
		}
		try {
			AccountSummary created = this.accounts.create(admin, form.getUsername(), form.getPassword(),
					form.details());
			redirect.addFlashAttribute("success", this.pages.message("access.accounts.created", created.username()));
			return "redirect:" + LIST + "/" + created.id();
		}
		catch (ConflictException ex) {
			result.rejectValue("username", "problem." + ex.code(), ex.arguments(), "problem." + ex.code());
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result, "password");
		}
		return showNew(form, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AccountView account = this.accounts.view(id);
		return showEdit(account, AccountForm.of(account), model);
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			CurrentUser admin, Model model, RedirectAttributes redirect) {
		AccountView account = this.accounts.view(id);
		if (result.hasErrors()) {
			return showEdit(account, form, model);
		}
		try {
			this.accounts.change(admin, id, form.details());
			redirect.addFlashAttribute("success", this.pages.message("access.accounts.changed", account.username()));
			return "redirect:" + LIST + "/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result, "displayName");
		}
		catch (RuleViolationException ex) {
			result.rejectValue("role", "problem." + ex.code(), "problem." + ex.code());
		}
		return showEdit(account, form, model);
	}

	/** The confirmation step before disabling. */
	@GetMapping("/{id}/disable")
	String confirmDisable(@PathVariable long id, CurrentUser admin, Model model, RedirectAttributes redirect) {
		AccountView account = this.accounts.view(id);
		if (account.id() == admin.accountId()) {
			redirect.addFlashAttribute("error", this.pages.message("problem.access.cannot-disable-self"));
			return "redirect:" + LIST + "/" + id;
		}
		model.addAttribute("account", account);
		return "access/account-disable";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
		AccountView account = this.accounts.view(id);
		try {
			this.accounts.disable(admin, id);
			redirect.addFlashAttribute("success", this.pages.message("access.accounts.disabled", account.username()));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", this.pages.message("problem." + ex.code()));
		}
		return "redirect:" + LIST + "/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
		AccountView account = this.accounts.view(id);
		this.accounts.enable(admin, id);
		redirect.addFlashAttribute("success", this.pages.message("access.accounts.enabled", account.username()));
		return "redirect:" + LIST + "/" + id;
	}

	@GetMapping("/{id}/password")
	String resetForm(@PathVariable long id, Model model) {
		model.addAttribute("account", this.accounts.view(id));
		model.addAttribute("form", new PasswordForm());
		return "access/account-password";
	}

	@PostMapping("/{id}/password")
	String reset(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			CurrentUser admin, Model model, RedirectAttributes redirect) {
		AccountView account = this.accounts.view(id);
		if (!result.hasErrors() && !form.confirmed()) {
			result.rejectValue("confirmation", "access.password.mismatch", "access.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.resetPassword(admin, id, form.getNewPassword());
				redirect.addFlashAttribute("success",
						this.pages.message("access.accounts.password-reset", account.username()));
				return "redirect:" + LIST + "/" + id;
			}
			catch (InvalidInputException ex) {
				FormErrors.bind(ex, result, "newPassword");
			}
		}
		model.addAttribute("account", account);
		return "access/account-password";
	}

	/** The residential groups of a unit, for the area officer's picker (htmx). */
	@GetMapping("/groups")
	String groups(@RequestParam(required = false) Long unitId, Model model) {
		model.addAttribute("groups", groupsOf(unitId));
		model.addAttribute("selected", List.of());
		return "access/account-form :: groups";
	}

	private String showNew(NewAccountForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("creating", true);
		return showForm(form, model);
	}

	private String showEdit(AccountView account, AccountForm form, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("creating", false);
		return showForm(form, model);
	}

	private String showForm(AccountForm form, Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("units", this.pages.units());
		model.addAttribute("groups", groupsOf(form.getUnitId()));
		model.addAttribute("selected", (form.getGroupIds() != null) ? form.getGroupIds() : List.of());
		return "access/account-form";
	}

	private List<ResidentialGroupSummary> groupsOf(Long unitId) {
		return (unitId != null) ? this.territory.groupsOf(unitId) : List.of();
	}

}
