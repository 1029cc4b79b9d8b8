/**
 * The shared kernel: the exception vocabulary, paging, web error handling, the current
 * user and scope, and Vietnamese text folding. Every module may use it; it uses no
 * module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.lachan.shared;

import org.springframework.modulith.ApplicationModule;
