package vn.lachan.tips.internal;

import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.tips.internal.TipCategory.Attribute;
import vn.lachan.tips.internal.TipCategory.Group;

/**
 * The category catalogue, kept as data.
 */
@Service
public class TipCategories {

	private static final TypeReference<List<Attribute>> ATTRIBUTES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private static final long CACHE_NANOS = 10_000_000_000L;

	private final JsonMapper json;

	private volatile Cached cache;

	TipCategories(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Every category, read at most every few seconds: intake asks for its category on
	 * each tip, and the catalogue changes rarely (an update here clears the copy at
	 * once).
	 */
	public List<TipCategory> all() {
		Cached cached = this.cache;
		if (cached == null || System.nanoTime() - cached.loadedAt() > CACHE_NANOS) {
			cached = new Cached(
					this.jdbc.sql("SELECT * FROM tip_category ORDER BY sort_order, code").query(this::map).list(),
					System.nanoTime());
			this.cache = cached;
		}
		return cached.categories();
	}

	public Optional<TipCategory> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return all().stream().filter((category) -> category.code().equals(code)).findFirst();
	}

	public TipCategory require(String code) {
		return find(code).orElseThrow(() -> NotFoundException.of("tip-category", code));
	}

	/** Changes a category; administrators only. Sensitive groups are never public. */
	@Transactional
	public TipCategory update(CurrentUser user, TipCategory category) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("Administrators only");
		}
		if (category.publicVisible() && category.group().sensitive()) {
			throw new InvalidInputException(List
				.of(new FieldProblem("publicVisible", "tip-category-sensitive", "problem.tip-category-sensitive")));
		}
		int updated = this.jdbc.sql("""
				UPDATE tip_category SET name_vi = :vi, name_en = :en, category_group = :grp,
				  public_visible = :pub, open311 = :o311, default_urgent = :urgent, attributes = :attrs,
				  keywords = :kw, sort_order = :sort WHERE code = :code""")
			.param("vi", category.nameVi())
			.param("en", category.nameEn())
			.param("grp", category.group().name())
			.param("pub", category.publicVisible())
			.param("o311", category.open311())
			.param("urgent", category.defaultUrgent())
			.param("attrs", this.json.writeValueAsString(category.attributes()))
			.param("kw", category.keywords())
			.param("sort", category.sortOrder())
			.param("code", category.code())
			.update();
		if (updated == 0) {
			throw NotFoundException.of("tip-category", category.code());
		}
		this.cache = null;
		return require(category.code());
	}

	private record Cached(List<TipCategory> categories, long loadedAt) {
	}

	private TipCategory map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new TipCategory(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				Group.valueOf(rs.getString("category_group")), rs.getBoolean("public_visible"),
				rs.getBoolean("open311"), rs.getBoolean("default_urgent"),
				this.json.readValue(rs.getString("attributes"), ATTRIBUTES), rs.getString("keywords"),
				rs.getInt("sort_order"));
	}

}
