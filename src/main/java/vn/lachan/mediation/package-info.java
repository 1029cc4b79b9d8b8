/**
 * Mediation: grassroots mediation cases under the Law on Grassroots Mediation 35/2013,
 * their parties, mediators, sessions and outcome, and escalation to a tip.
 */
@ApplicationModule(displayName = "Mediation",
		allowedDependencies = { "shared", "territory", "access", "forces", "tips" })
package vn.lachan.mediation;

import org.springframework.modulith.ApplicationModule;
