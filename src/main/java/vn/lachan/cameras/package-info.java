/**
 * Cameras: the registry of public and private cameras with their owners' consent, their
 * coverage on the map, and footage requests bound to tips.
 */
@ApplicationModule(displayName = "Cameras", allowedDependencies = { "shared", "territory", "access", "tips" })
package vn.lachan.cameras;

import org.springframework.modulith.ApplicationModule;
