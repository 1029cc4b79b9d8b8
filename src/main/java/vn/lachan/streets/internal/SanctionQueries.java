package vn.lachan.streets.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sanction catalogue: decrees, their entries, titles and competences, looked up by
 * the date a violation was committed on.
 */
@Component
public class SanctionQueries {

	private static final String SANCTION = """
			SELECT s.*, d.title AS decree_title, d.valid_from, d.valid_to FROM streets_sanction s
			JOIN streets_decree d ON d.code = s.decree_code""";

	private final JdbcClient jdbc;

	SanctionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The entry for this kind of violation in the decree in force on that day. */
	public Optional<Sanction> inForce(String typeCode, LocalDate on) {
		return this.jdbc.sql(SANCTION + """
				 WHERE s.type_code = :type AND d.valid_from <= :on AND (d.valid_to IS NULL OR d.valid_to > :on)
				ORDER BY d.valid_from DESC""")
			.param("type", typeCode)
			.param("on", on)
			.query(SanctionQueries::sanction)
			.list()
			.stream()
			.findFirst();
	}

	public Optional<Sanction> sanction(long id) {
		return this.jdbc.sql(SANCTION + " WHERE s.id = :id")
			.param("id", id)
			.query(SanctionQueries::sanction)
			.optional();
	}

	public List<Sanction> entriesOf(String decreeCode) {
		return this.jdbc.sql(SANCTION + " WHERE s.decree_code = :code ORDER BY s.clause, s.type_code")
			.param("code", decreeCode)
			.query(SanctionQueries::sanction)
			.list();
	}

	public Optional<Competence> competence(String decreeCode, String titleCode) {
		return this.jdbc
			.sql("SELECT decree_code, title_code, fine_ceiling, clauses FROM streets_competence "
					+ "WHERE decree_code = :decree AND title_code = :title")
			.param("decree", decreeCode)
			.param("title", titleCode)
			.query(SanctionQueries::competence)
			.optional();
	}

	public List<Competence> competencesOf(String decreeCode) {
		return this.jdbc
			.sql("SELECT decree_code, title_code, fine_ceiling, clauses FROM streets_competence "
					+ "WHERE decree_code = :decree ORDER BY fine_ceiling DESC")
			.param("decree", decreeCode)
			.query(SanctionQueries::competence)
			.list();
	}

	public List<Decree> decrees() {
		return this.jdbc
			.sql("SELECT code, title, valid_from, valid_to, source, verification FROM streets_decree "
					+ "ORDER BY valid_from")
			.query((rs, row) -> new Decree(rs.getString("code"), rs.getString("title"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					rs.getString("source"), rs.getString("verification")))
			.list();
	}

	public List<Code> types() {
		return this.jdbc.sql("SELECT code, name_vi, name_en FROM streets_violation_type ORDER BY sort_order")
			.query((rs, row) -> new Code(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")))
			.list();
	}

	public List<Code> titles() {
		return this.jdbc.sql("SELECT code, name_vi, name_en FROM streets_title ORDER BY code")
			.query((rs, row) -> new Code(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en")))
			.list();
	}

	/** The violation types a tip of this category may become. */
	public List<String> typesForTipCategory(String category) {
		return this.jdbc.sql("SELECT code FROM streets_violation_type WHERE tip_category = :c ORDER BY sort_order")
			.param("c", category)
			.query(String.class)
			.list();
	}

	private static Sanction sanction(ResultSet rs, int row) throws SQLException {
		return new Sanction(rs.getLong("id"), rs.getString("decree_code"), rs.getString("decree_title"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getString("type_code"), rs.getInt("article"), rs.getInt("clause"), rs.getString("point"),
				rs.getString("conduct"), rs.getLong("individual_min"), rs.getLong("individual_max"),
				rs.getObject("organisation_min", Long.class), rs.getObject("organisation_max", Long.class),
				rs.getString("remedial"), rs.getString("verification"));
	}

	private static Competence competence(ResultSet rs, int row) throws SQLException {
		String clauses = rs.getString("clauses");
		Set<String> listed = (clauses == null || clauses.isBlank()) ? Set.of()
				: Arrays.stream(clauses.split(",")).map(String::strip).collect(Collectors.toSet());
		return new Competence(rs.getString("decree_code"), rs.getString("title_code"), rs.getLong("fine_ceiling"),
				listed);
	}

	/** A decree of the catalogue. */
	public record Decree(String code, String title, LocalDate validFrom, LocalDate validTo, String source,
			String verification) {
	}

	/** A code with its Vietnamese and English names. */
	public record Code(String code, String nameVi, String nameEn) {

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
		}

	}

}
