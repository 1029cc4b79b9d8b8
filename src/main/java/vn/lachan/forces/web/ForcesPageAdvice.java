package vn.lachan.forces.web;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.lachan.shared.time.VietnamTime;

/**
 * What every forces page needs: the zone times are shown in.
 */
@ControllerAdvice(basePackageClasses = ForcesPageAdvice.class)
class ForcesPageAdvice {

	@ModelAttribute("zone")
	ZoneId zone() {
		return VietnamTime.ZONE;
	}

}
