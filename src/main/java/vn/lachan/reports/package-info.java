/**
 * Reports: dashboards, periodic figures and exports, from the module's own tables fed by
 * every module's events.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = { "shared", "territory", "access", "forces",
		"residence", "tips", "cameras", "programs", "streets", "mediation" })
package vn.lachan.reports;

import org.springframework.modulith.ApplicationModule;
