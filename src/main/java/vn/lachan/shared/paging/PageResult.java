package vn.lachan.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as the API returns it and the pages show it.
 *
 * @param items the records of this page
 * @param page the page's number, from 0
 * @param size the page's size
 * @param totalItems how many records match in all
 */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {

	public int totalPages() {
		return (this.size == 0) ? 0 : (int) ((this.totalItems + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	/**
	 * One page of a list already held in memory (a bounded list: a team's members, a
	 * ward's accommodations), so that it pages and says its total like the others.
	 */
	public static <T> PageResult<T> slice(List<T> all, PageQuery query) {
		int from = (int) Math.min(query.offset(), all.size());
		int to = (int) Math.min((long) from + query.size(), all.size());
		return new PageResult<>(List.copyOf(all.subList(from, to)), query.page(), query.size(), all.size());
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.totalItems);
	}

}
