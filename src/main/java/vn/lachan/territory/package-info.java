/**
 * Territory: administrative units with validity and succession, residential groups (tổ
 * dân phố, thôn, xóm) and places (markets, schools, businesses) with QR tokens.
 */
@ApplicationModule(displayName = "Territory", allowedDependencies = "shared")
package vn.lachan.territory;

import org.springframework.modulith.ApplicationModule;
