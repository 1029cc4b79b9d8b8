package vn.lachan.territory;

/**
 * How one administrative unit followed another.
 */
public enum SuccessionKind {

	/** The predecessor became part of the successor (sáp nhập). */
	MERGED_INTO,
	/** The successor was split off from the predecessor (chia tách). */
	SPLIT_FROM,
	/** The predecessor continues under the successor's name (đổi tên). */
	RENAMED_TO

}
