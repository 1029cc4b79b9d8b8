package vn.lachan.shared.paging;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a query, paged in the database: a {@code COUNT(*)} of the query for the
 * total and the query itself with its order, {@code LIMIT} and {@code OFFSET} for the
 * page's rows.
 */
public final class SqlPages {

	private SqlPages() {
	}

	/**
	 * @param jdbc the client
	 * @param select the query without its order (its named parameters in {@code params};
	 * {@code limit} and {@code offset} are taken)
	 * @param orderBy the order, {@code "ORDER BY ..."}, ending in a unique column so that
	 * pages do not overlap
	 * @param params the query's named parameters
	 * @param rows the row mapper
	 * @param page the page asked for
	 */
	public static <T> PageResult<T> page(JdbcClient jdbc, String select, String orderBy, Map<String, ?> params,
			RowMapper<T> rows, PageQuery page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM (" + select + ") counted")
			.params(params)
			.query(Long.class)
			.single();
		List<T> items = (total <= page.offset()) ? List.of()
				: jdbc.sql(select + " " + orderBy + " LIMIT :limit OFFSET :offset")
					.params(params)
					.param("limit", page.size())
					.param("offset", page.offset())
					.query(rows)
					.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

}
