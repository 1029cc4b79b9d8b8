/**
 * Community: groups of traders, households, residents and parents the ward reaches, their
 * members with recorded consent, the ward's broadcasts over the notice board, email and
 * webhook gateways (Zalo OA, SMS), replies, and check-ins at places.
 */
@ApplicationModule(displayName = "Community", allowedDependencies = { "shared", "territory", "access", "tips" })
package vn.lachan.community;

import org.springframework.modulith.ApplicationModule;
