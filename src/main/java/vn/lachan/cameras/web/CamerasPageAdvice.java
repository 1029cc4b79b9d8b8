package vn.lachan.cameras.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.lachan.shared.time.VietnamTime;

/**
 * The cameras' pages show times in Vietnam's zone.
 */
@ControllerAdvice(basePackageClasses = CamerasPageAdvice.class)
class CamerasPageAdvice {

	@ModelAttribute("zone")
	ZoneId zone() {
		return VietnamTime.ZONE;
	}

}
