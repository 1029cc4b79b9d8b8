/**
 * Streets: urban-order violations (sidewalk and roadway occupation, signs, tarpaulins,
 * awnings) recorded from the field, handled step by step against an effective-dated
 * sanction catalogue, with working-day clocks, repeat offenders, sweeps and tips turned
 * into violations.
 */
@ApplicationModule(displayName = "Streets", allowedDependencies = { "shared", "territory", "access", "forces", "tips" })
package vn.lachan.streets;

import org.springframework.modulith.ApplicationModule;
