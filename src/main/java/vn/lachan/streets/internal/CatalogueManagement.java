package vn.lachan.streets.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.ConflictException;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.security.CurrentUser;

import static vn.lachan.streets.internal.ViolationChecks.problem;

/**
 * Administrators add a decree to the catalogue without a release: its entries and its
 * titles' competences. The decree in force until then ends the day the new one starts.
 */
@Service
public class CatalogueManagement {

	private final JdbcClient jdbc;

	private final SanctionQueries catalogue;

	private final Clock clock;

	CatalogueManagement(JdbcClient jdbc, SanctionQueries catalogue, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Transactional
	public void addDecree(CurrentUser user, NewDecree decree) {
		if (!user.unrestricted()) {
			throw new AccessDeniedException("Only administrators change the sanction catalogue");
		}
		check(decree);
		if (this.catalogue.decrees().stream().anyMatch((d) -> d.code().equals(decree.code()))) {
			throw new ConflictException("streets-decree-exists", "This decree is already in the catalogue");
		}
		this.jdbc.sql("UPDATE streets_decree SET valid_to = :from WHERE valid_to IS NULL AND valid_from < :from")
			.param("from", decree.validFrom())
			.update();
		this.jdbc.sql("""
				INSERT INTO streets_decree (code, title, valid_from, valid_to, source, verification, created_at)
				VALUES (:code, :title, :from, :to, :source, :verification, :now)""")
			.param("code", decree.code())
			.param("title", decree.title())
			.param("from", decree.validFrom())
			.param("to", decree.validTo())
			.param("source", decree.source())
			.param("verification", decree.verification())
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		for (NewDecree.Entry e : decree.entries()) {
			this.jdbc.sql("""
					INSERT INTO streets_sanction (decree_code, type_code, article, clause, point, conduct,
					  individual_min, individual_max, organisation_min, organisation_max, remedial, verification)
					VALUES (:decree, :type, :article, :clause, :point, :conduct, :imin, :imax, :omin, :omax,
					  :remedial, :verification)""")
				.param("decree", decree.code())
				.param("type", e.typeCode())
				.param("article", e.article())
				.param("clause", e.clause())
				.param("point", e.point())
				.param("conduct", e.conduct())
				.param("imin", e.individualMin())
				.param("imax", e.individualMax())
				.param("omin", e.organisationMin())
				.param("omax", e.organisationMax())
				.param("remedial", e.remedial())
				.param("verification", decree.verification())
				.update();
		}
		for (NewDecree.Power p : decree.competences()) {
			this.jdbc.sql("""
					INSERT INTO streets_competence (decree_code, title_code, fine_ceiling, clauses, source)
					VALUES (:decree, :title, :ceiling, :clauses, :source)""")
				.param("decree", decree.code())
				.param("title", p.titleCode())
				.param("ceiling", p.fineCeiling())
				.param("clauses", (p.clauses() == null || p.clauses().isEmpty()) ? null : String.join(",", p.clauses()))
				.param("source", decree.source())
				.update();
		}
	}

	private void check(NewDecree decree) {
		List<FieldProblem> problems = new ArrayList<>();
		if (decree.code() == null || !decree.code().matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
			problems.add(problem("code", "pattern", "streets.error.decree-code"));
		}
		if (decree.validTo() != null && !decree.validTo().isAfter(decree.validFrom())) {
			problems.add(problem("validTo", "before-from", "streets.error.valid-to"));
		}
		Set<String> types = new HashSet<>(this.catalogue.types().stream().map(SanctionQueries.Code::code).toList());
		Set<String> titles = new HashSet<>(this.catalogue.titles().stream().map(SanctionQueries.Code::code).toList());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < decree.entries().size(); i++) {
			NewDecree.Entry e = decree.entries().get(i);
			String at = "entries[" + i + "].";
			if (!types.contains(e.typeCode()) || !seen.add(e.typeCode())) {
				problems.add(problem(at + "typeCode", "unknown", "streets.error.type"));
			}
			if (e.individualMin() < 0 || e.individualMax() < e.individualMin()) {
				problems.add(problem(at + "individualMax", "range", "streets.error.frame"));
			}
			if ((e.organisationMin() == null) != (e.organisationMax() == null) || (e.organisationMin() != null
					&& (e.organisationMin() < 0 || e.organisationMax() < e.organisationMin()))) {
				problems.add(problem(at + "organisationMax", "range", "streets.error.frame"));
			}
		}
		for (int i = 0; i < decree.competences().size(); i++) {
			NewDecree.Power p = decree.competences().get(i);
			if (!titles.contains(p.titleCode())) {
				problems.add(problem("competences[" + i + "].titleCode", "unknown", "streets.error.title"));
			}
			if (p.fineCeiling() < 0) {
				problems.add(problem("competences[" + i + "].fineCeiling", "negative", "streets.error.fine-negative"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * A decree to add, with its entries and competences.
	 */
	public record NewDecree(String code, String title, LocalDate validFrom, LocalDate validTo, String source,
			String verification, List<Entry> entries, List<Power> competences) {

		public NewDecree {
			entries = List.copyOf(entries);
			competences = List.copyOf(competences);
		}

		/** One clause and its fine frame. */
		public record Entry(String typeCode, int article, int clause, String point, String conduct, long individualMin,
				long individualMax, Long organisationMin, Long organisationMax, String remedial) {
		}

		/** What a title may fine. */
		public record Power(String titleCode, long fineCeiling, List<String> clauses) {
		}

	}

}
