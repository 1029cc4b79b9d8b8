package vn.lachan.access.web;

import java.net.URI;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.access.AccountSummary;
import vn.lachan.access.internal.AccountManagement;
import vn.lachan.access.internal.AccountManagement.AccountDetails;
import vn.lachan.access.internal.AccountSearch;
import vn.lachan.access.internal.AccountView;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

/**
 * Accounts, for administrators only (the security chain refuses everyone else with 403).
 * Password hashes are never returned.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Staff and host accounts (administrators only)")
class AccountApiController {

	private final AccountManagement accounts;

	AccountApiController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "Accounts, paged, filtered by role, unit and text (username or name, diacritics folded)")
	PageResult<AccountView> list(@RequestParam(required = false) Role role, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return this.accounts.search(new AccountSearch(q, role, unit), new PageQuery(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One account")
	AccountView one(@PathVariable long id) {
		return this.accounts.view(id);
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping
	@Operation(summary = "Creates an account; 409 with code access.username-taken when the username is in use")
	ResponseEntity<AccountView> create(@Valid @RequestBody NewAccountRequest request, CurrentUser admin) {
		AccountSummary created = this.accounts.create(admin, request.username(), request.password(), request.details());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id()))
			.body(this.accounts.view(created.id()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Changes an account's name, email, role, unit and assigned residential groups")
	AccountView change(@PathVariable long id, @Valid @RequestBody AccountRequest request, CurrentUser admin) {
		this.accounts.change(admin, id, request.details());
		return this.accounts.view(id);
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Disables an account and revokes its API tokens; an administrator cannot disable themself")
	AccountView disable(@PathVariable long id, CurrentUser admin) {
		this.accounts.disable(admin, id);
		return this.accounts.view(id);
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "Enables an account again and lifts a lock-out")
	AccountView enable(@PathVariable long id, CurrentUser admin) {
		this.accounts.enable(admin, id);
		return this.accounts.view(id);
	}

	@PostMapping("/{id}/password")
	@Operation(summary = "Sets a new password for an account; it also lifts a lock-out")
	ResponseEntity<Void> resetPassword(@PathVariable long id, @Valid @RequestBody PasswordRequest request,
			CurrentUser admin) {
		this.accounts.resetPassword(admin, id, request.password());
		return ResponseEntity.noContent().build();
	}

	/**
	 * A new account.
	 */
	record NewAccountRequest(
			@NotBlank(message = "{access.form.required}") @Pattern(regexp = NewAccountForm.USERNAME_PATTERN,
					message = "{access.form.username}") String username,
			@NotBlank(message = "{access.form.required}") @Size(max = 128) String password,
			@NotBlank(message = "{access.form.required}") @Size(max = 120,
					message = "{access.form.too-long}") String displayName,
			@Email(message = "{access.form.email}") @Size(max = 200, message = "{access.form.too-long}") String email,
			@NotNull(message = "{access.form.required}") Role role, Long unitId, Set<Long> groupIds) {

		AccountDetails details() {
			return new AccountRequest(this.displayName, this.email, this.role, this.unitId, this.groupIds).details();
		}

	}

	/**
	 * An account's details as changed by an administrator.
	 */
	record AccountRequest(
			@NotBlank(message = "{access.form.required}") @Size(max = 120,
					message = "{access.form.too-long}") String displayName,
			@Email(message = "{access.form.email}") @Size(max = 200, message = "{access.form.too-long}") String email,
			@NotNull(message = "{access.form.required}") Role role, Long unitId, Set<Long> groupIds) {

		AccountDetails details() {
			return new AccountDetails(this.displayName, this.email, this.role, this.unitId,
					(this.groupIds != null) ? this.groupIds : Set.of());
		}

	}

	/**
	 * A new password.
	 */
	record PasswordRequest(@NotBlank(message = "{access.form.required}") @Size(max = 128) String password) {
	}

}
