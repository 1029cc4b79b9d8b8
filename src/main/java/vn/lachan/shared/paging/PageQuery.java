package vn.lachan.shared.paging;

/**
 * A page asked for: its number from 0 and its size, kept within sensible bounds.
 */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	public PageQuery {
		page = Math.max(page, 0);
		size = (size <= 0) ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery((page != null) ? page : 0, (size != null) ? size : DEFAULT_SIZE);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
