package vn.lachan.access.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.access.AuditAction;
import vn.lachan.shared.security.CurrentUserHolder;

/**
 * Audits sign-ins, failed sign-ins and sign-outs, locks an account after repeated
 * failures and counts each failure against its address ({@link SignInThrottle}). A failed
 * attempt on an unknown username is audited without the name typed, which may be a
 * mistyped password.
 */
@Component
class SignInEvents {

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SignInThrottle throttle;

	SignInEvents(AccountRepository accounts, AuditLog audit, TransactionTemplate transactions, Clock clock,
			SignInThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)
				|| !(event.getAuthentication().getPrincipal() instanceof CurrentUserHolder holder)) {
			return;
		}
		long accountId = holder.currentUser().accountId();
		this.transactions.executeWithoutResult((status) -> this.accounts.findById(accountId).ifPresent((account) -> {
			account.signedIn();
			this.accounts.save(account);
		}));
		this.audit.recordSignIn(AuditAction.SIGN_IN, accountId, holder.currentUser().username(), null);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Object name = event.getAuthentication().getPrincipal();
		String username = (name instanceof String text) ? text.strip() : null;
		String reason = event.getException().getClass().getSimpleName();
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			this.throttle.failed(details.getRemoteAddress());
		}
		Account account = (username != null) ? this.accounts.findByUsername(username).orElse(null) : null;
		if (account == null) {
			this.audit.recordSignIn(AuditAction.SIGN_IN_FAILED, null, null, "unknown-account");
			return;
		}
		Boolean locked = this.transactions.execute((status) -> {
			Account current = this.accounts.findById(account.id()).orElseThrow();
			boolean nowLocked = "BadCredentialsException".equals(reason) && current.signInFailed(this.clock.instant());
			this.accounts.save(current);
			return nowLocked;
		});
		this.audit.recordSignIn(AuditAction.SIGN_IN_FAILED, account.id(), account.username(), reason);
		if (Boolean.TRUE.equals(locked)) {
			this.audit.recordSignIn(AuditAction.ACCOUNT_LOCKED, account.id(), account.username(), null);
		}
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null
				&& event.getAuthentication().getPrincipal() instanceof CurrentUserHolder holder) {
			this.audit.recordSignIn(AuditAction.SIGN_OUT, holder.currentUser().accountId(),
					holder.currentUser().username(), null);
		}
	}

}
