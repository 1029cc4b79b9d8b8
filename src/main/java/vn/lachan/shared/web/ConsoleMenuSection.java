package vn.lachan.shared.web;

import java.util.List;

/**
 * A section of the console's menu with the entries the signed-in person may see.
 *
 * @param group the section
 * @param items its entries, in order
 * @param active whether the current page belongs to it
 */
public record ConsoleMenuSection(ConsoleMenuGroup group, List<ConsoleMenuItem> items, boolean active) {

	public ConsoleMenuSection {
		items = List.copyOf(items);
	}

	/** A section of one entry is shown as a plain link. */
	public boolean single() {
		return this.items.size() == 1;
	}

}
