package vn.lachan.mediation.internal;

/** Holder of the commands' shared limits. */
public final class Commands {

	public static final int SUMMARY_MAX = 2000;

	private Commands() {
	}

}
