/**
 * Forces: teams of every kind (security team, community team, drug-prevention liaison,
 * mediation team), their members and area officers, and their field work.
 */
@ApplicationModule(displayName = "Forces", allowedDependencies = { "shared", "territory", "access" })
package vn.lachan.forces;

import org.springframework.modulith.ApplicationModule;
