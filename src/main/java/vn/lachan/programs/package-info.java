/**
 * Programs: plans and directives with their tasks and the records they ordered, movement
 * models and their deployments, key areas designated for transformation, and ward scoring
 * against effective-dated criteria sets.
 */
@ApplicationModule(displayName = "Programs",
		allowedDependencies = { "shared", "territory", "access", "forces", "tips" })
package vn.lachan.programs;

import org.springframework.modulith.ApplicationModule;
