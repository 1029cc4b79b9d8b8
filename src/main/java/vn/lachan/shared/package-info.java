/**
 * The shared kernel: the exception vocabulary, paging, web error handling, the current
 * user and scope, Vietnamese text folding, multi-row inserts and the lock that keeps
 * scheduled jobs to one instance. Every module may use it; it uses no module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.lachan.shared;

import org.springframework.modulith.ApplicationModule;
