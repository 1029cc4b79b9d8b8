package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.tips.TipStatus;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * What Open311 clients may read: tips of public categories only, never the reporter.
 */
@Service
@Transactional(readOnly = true)
public class Open311Queries {

	private static final String COLUMNS = "id, receipt_code, category_code, channel, status, description, address, "
			+ "latitude, longitude, unit_id, received_at, updated_at, closed_at, rejection_reason, duplicate_of_id";

	private final JdbcClient jdbc;

	private final TipCategories categories;

	Open311Queries(JdbcClient jdbc, TipCategories categories) {
		this.jdbc = jdbc;
		this.categories = categories;
	}

	public List<PublicRequest> find(Open311Query query) {
		List<String> publicCodes = this.categories.all()
			.stream()
			.filter(TipCategory::publicVisible)
			.map(TipCategory::code)
			.toList();
		if (publicCodes.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("category_code IN (:public)");
		params.put("public", publicCodes);
		if (!query.ids().isEmpty()) {
			where.append(" AND id IN (:ids)");
			params.put("ids", query.ids());
		}
		else {
			if (!query.serviceCodes().isEmpty()) {
				where.append(" AND category_code IN (:codes)");
				params.put("codes", query.serviceCodes());
			}
			where.append(" AND received_at >= :start AND received_at <= :end");
			params.put("start", utc(query.start()));
			params.put("end", utc(query.end()));
			if (!query.statuses().isEmpty()) {
				where.append(" AND status IN (:statuses)");
				params.put("statuses", query.statuses().stream().map(Enum::name).toList());
			}
			if (query.updatedAfter() != null) {
				where.append(" AND updated_at > :updatedAfter");
				params.put("updatedAfter", utc(query.updatedAfter()));
			}
			if (query.south() != null) {
				where.append(" AND latitude BETWEEN :south AND :north AND longitude BETWEEN :west AND :east");
				params.put("south", query.south());
				params.put("north", query.north());
				params.put("west", query.west());
				params.put("east", query.east());
			}
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM tip WHERE " + where
					+ " ORDER BY received_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.pageSize())
			.param("offset", (long) (query.page() - 1) * query.pageSize())
			.query(Open311Queries::map)
			.list();
	}

	public Optional<PublicRequest> findOne(long id) {
		return find(new Open311Query(List.of(id), List.of(), null, null, List.of(), null, null, null, null, null, 1, 1))
			.stream()
			.findFirst();
	}

	/** The id behind a receipt code given to an Open311 client. */
	public Optional<Long> idForToken(String token) {
		if (token == null || token.length() > 20) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT id FROM tip WHERE receipt_code = :code AND channel = 'OPEN311'")
			.param("code", token.toUpperCase(java.util.Locale.ROOT))
			.query(Long.class)
			.optional();
	}

	private static PublicRequest map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
		return new PublicRequest(rs.getLong("id"), rs.getString("receipt_code"), rs.getString("category_code"),
				TipStatus.valueOf(rs.getString("status")), rs.getString("description"), rs.getString("address"),
				rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getLong("unit_id"),
				rs.getObject("received_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				(closed != null) ? closed.toInstant() : null, rs.getString("rejection_reason"),
				rs.getObject("duplicate_of_id", Long.class));
	}

	/**
	 * The filters of {@code GET requests}: ids override everything else.
	 */
	public record Open311Query(List<Long> ids, List<String> serviceCodes, Instant start, Instant end,
			List<TipStatus> statuses, Instant updatedAfter, BigDecimal south, BigDecimal west, BigDecimal north,
			BigDecimal east, int page, int pageSize) {
	}

	/**
	 * A tip as the public may see it.
	 */
	public record PublicRequest(long id, String receiptCode, String categoryCode, TipStatus status, String description,
			String address, BigDecimal latitude, BigDecimal longitude, long unitId, Instant requestedAt,
			Instant updatedAt, Instant closedAt, String rejectionReason, Long duplicateOfId) {
	}

}
