package vn.lachan.access.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the access pages' templates {@code ${pages}}: times in Vietnam's zone and unit
 * names.
 */
@ControllerAdvice(
		assignableTypes = { AccountAdminController.class, MyAccountController.class, AuditPageController.class })
class AccessPagesAdvice {

	private final PageSupport pages;

	AccessPagesAdvice(PageSupport pages) {
		this.pages = pages;
	}

	@ModelAttribute("pages")
	PageSupport pages() {
		return this.pages;
	}

}
