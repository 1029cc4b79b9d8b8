package vn.lachan.shared.web;

/**
 * The sections of the console's navigation, in the order the menu shows them. Each
 * section's label is the message {@code nav.group.<name>}.
 */
public enum ConsoleMenuGroup {

	TERRITORY("/console/territory"), FORCES("/console/forces"), TIPS("/console/tips"), RESIDENCE("/console/residence"),
	CAMERAS("/console/cameras"), STREETS("/console/streets"), MEDIATION("/console/mediation"),
	PROGRAMS("/console/programs", "/console/community"), REPORTS("/console/reports"), ADMIN("/console/admin");

	private final String[] paths;

	ConsoleMenuGroup(String... paths) {
		this.paths = paths;
	}

	public String labelKey() {
		return "nav.group." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The section of a console path: by its prefix; the dashboard and the rest are
	 * reports.
	 */
	public static ConsoleMenuGroup ofPath(String path) {
		for (ConsoleMenuGroup group : values()) {
			for (String prefix : group.paths) {
				if (path.equals(prefix) || path.startsWith(prefix + "/")) {
					return group;
				}
			}
		}
		return REPORTS;
	}

}
