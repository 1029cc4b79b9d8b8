package vn.lachan.reports.internal;

import vn.lachan.shared.security.CurrentUser;

/**
 * A block of figures on the console's dashboard. Each module's figures are a bean of the
 * reports module (it owns the tables they come from) with a Thymeleaf fragment named
 * {@code section} that takes one parameter, {@code figures}.
 */
public interface DashboardSection {

	/** The template holding the fragment, e.g. {@code reports/sections/forces}. */
	String template();

	/** Where the section stands on the page, smaller first. */
	int order();

	/** Whether this person sees the section at all. */
	default boolean visibleTo(CurrentUser user) {
		return true;
	}

	/** The figures within the caller's scope, on the date asked for. */
	Object figures(CurrentUser user, DashboardPeriod period);

}
