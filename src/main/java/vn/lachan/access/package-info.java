/**
 * Access: accounts, roles and scopes, API tokens, login protection, and the audit trail
 * of sign-ins, account changes and staff reads of personal data.
 */
@ApplicationModule(displayName = "Access", allowedDependencies = { "shared", "territory" })
package vn.lachan.access;

import org.springframework.modulith.ApplicationModule;
