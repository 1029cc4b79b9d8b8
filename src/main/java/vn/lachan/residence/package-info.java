/**
 * Residence: accommodations and their hosts, stay notifications (thông báo lưu trú) with
 * their deadlines, temporary residence (tạm trú), and person search under a stated
 * purpose. Private by design: ID and passport numbers are encrypted at rest and found by
 * exact value only; every staff search and view is audited.
 */
@ApplicationModule(displayName = "Residence", allowedDependencies = { "shared", "territory", "access" })
package vn.lachan.residence;

import org.springframework.modulith.ApplicationModule;
