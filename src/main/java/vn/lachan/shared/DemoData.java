package vn.lachan.shared;

import java.time.LocalDate;

/**
 * Facts every module's demo data shares: the day the demo city is seen on (the article's
 * spring of 2022) and the property that turns demo data on.
 */
public final class DemoData {

	/** Property that turns demo data on. */
	public static final String ENABLED_PROPERTY = "lachan.demo-data";

	/** The demo city is Nam Định as the 2022 article describes it. */
	public static final LocalDate AS_OF = LocalDate.of(2022, 4, 1);

	/** The demo password of every demo account. */
	public static final String PASSWORD = "LaChan@2022";

	/** Order of the demo loaders: territory first, then accounts, then the rest. */
	public static final int TERRITORY_ORDER = 10;

	public static final int ACCESS_ORDER = 20;

	private DemoData() {
	}

}
