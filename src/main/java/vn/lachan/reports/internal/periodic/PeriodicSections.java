package vn.lachan.reports.internal.periodic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.lachan.forces.TeamKind;
import vn.lachan.reports.ProgramsFigures;
import vn.lachan.reports.internal.periodic.PeriodicReport.Figure;
import vn.lachan.reports.internal.periodic.PeriodicReport.Section;
import vn.lachan.reports.internal.periodic.PeriodicReportBuilder.Layout;
import vn.lachan.reports.internal.periodic.ReportUnits.Row;

/**
 * The sections of a periodic report, in the movement's order, each from the figures of
 * the three periods: the whole scope's figures first, then each ward's or commune's that
 * has any, and the sentences the article would write from them.
 */
final class PeriodicSections {

	private PeriodicSections() {
	}

	/** Organisation and forces: units, teams and members by kind, residential groups. */
	record Forces(List<TeamKind> kinds) {

		Section section(Layout layout) {
			List<Figure> figures = new ArrayList<>();
			List<String> sentences = new ArrayList<>();
			long communes = layout.scope.rows().stream().filter(Row::validOn).count();
			figures.add(new Figure("org.units", layout.text("periodic.units"), null, communes, null, null, null, null));
			if (communes > 1) {
				sentences
					.add(layout.text("periodic.sentence.units", layout.scope.unit().name(), layout.number(communes)));
			}
			for (TeamKind kind : this.kinds) {
				String teams = "forces." + kind.code() + ".teams";
				String members = "forces." + kind.code() + ".members";
				if (layout.now(teams) == 0) {
					continue;
				}
				String name = kind.name(layout.locale);
				figures.add(layout.dated(teams, layout.text("periodic.forces.teams", name), null,
						layout.links.teams(kind.code(), null)));
				figures.add(layout.dated(members, layout.text("periodic.forces.members", name), null, null));
				sentences
					.add(layout.text("periodic.sentence.teams", PeriodicReportBuilder.DAY.format(layout.period.to()),
							layout.number(layout.now(teams)), name, layout.number(layout.now(members))));
			}
			figures.add(layout.undated("territory.groups", layout.text("periodic.territory.groups"), null, null));
			figures
				.add(layout.undated("territory.households", layout.text("periodic.territory.households"), null, null));
			figures.add(layout.undated("territory.residents", layout.text("periodic.territory.residents"), null, null));
			for (Row row : layout.scope.rows()) {
				for (TeamKind kind : this.kinds) {
					String members = "forces." + kind.code() + ".members";
					if (layout.now(members + "@" + row.unitId()) == 0) {
						continue;
					}
					String name = kind.name(layout.locale);
					figures.add(layout.dated("forces." + kind.code() + ".teams",
							layout.text("periodic.forces.teams", name), row, layout.links.teams(kind.code(), row)));
					figures.add(layout.dated(members, layout.text("periodic.forces.members", name), row, null));
					if (TeamKind.SECURITY.equals(kind.code())) {
						sentences.add(layout.text("periodic.sentence.security", row.name(), name,
								layout.number(layout.now(members + "@" + row.unitId())),
								layout.number(layout.undated("territory.groups@" + row.unitId()))));
					}
				}
				if (layout.undated("territory.groups@" + row.unitId()) > 0) {
					figures
						.add(layout.undated("territory.groups", layout.text("periodic.territory.groups"), row, null));
					figures.add(layout.undated("territory.households", layout.text("periodic.territory.households"),
							row, null));
					figures.add(layout.undated("territory.residents", layout.text("periodic.territory.residents"), row,
							null));
				}
			}
			return layout.section("forces", sentences, figures, layout.text("periodic.forces.note"));
		}

	}

	/** Proactive reporting: tips received and what came of them. */
	record Tips() {

		Section section(Layout layout) {
			List<Figure> figures = new ArrayList<>();
			List<String> sentences = new ArrayList<>();
			figures.add(layout.dated("tips.received", layout.text("periodic.tips.received"), null,
					layout.links.tips(null, layout.period)));
			Set<String> outcomes = outcomeKeys(layout.now, "");
			for (String outcome : outcomes) {
				figures.addAll(outcome(layout, outcome, null));
			}
			for (Row row : layout.scope.rows()) {
				if (layout.now("tips.received@" + row.unitId()) == 0) {
					continue;
				}
				figures.add(layout.dated("tips.received", layout.text("periodic.tips.received"), row,
						layout.links.tips(row, layout.period)));
				List<String> phrases = new ArrayList<>();
				for (String outcome : outcomeKeys(layout.now, "@" + row.unitId())) {
					figures.addAll(outcome(layout, outcome, row));
					String phrase = phrase(layout, outcome, row);
					if (phrase != null) {
						phrases.add(phrase);
					}
				}
				String received = layout.number(layout.now("tips.received@" + row.unitId()));
				sentences.add(phrases.isEmpty()
						? layout.text("periodic.sentence.tips", layout.from(), layout.to(), row.name(), received)
						: layout.text("periodic.sentence.tips-outcomes", layout.from(), layout.to(), row.name(),
								received, String.join(", ", phrases)));
			}
			return layout.section("tips", sentences, figures, null);
		}

		private static Set<String> outcomeKeys(Map<String, Long> figures, String suffix) {
			Set<String> keys = new LinkedHashSet<>();
			for (String key : figures.keySet()) {
				if (key.startsWith("tips.outcome.") && key.endsWith(".cases" + suffix)
						&& (!suffix.isEmpty() || key.indexOf('@') < 0)) {
					keys.add(key.substring("tips.outcome.".length(), key.length() - (".cases" + suffix).length()));
				}
			}
			return keys;
		}

		private static List<Figure> outcome(Layout layout, String outcome, Row row) {
			String kind = outcome.substring(0, outcome.indexOf('.'));
			String offence = outcome.substring(outcome.indexOf('.') + 1);
			String kindName = layout.text("tip.outcome." + kind);
			String offenceName = layout.text("dashboard.offence." + offence);
			List<Figure> figures = new ArrayList<>();
			figures.add(layout.dated("tips.outcome." + outcome + ".cases",
					layout.text("periodic.tips.cases", kindName, offenceName), row, null));
			String suspects = "tips.outcome." + outcome + ".suspects";
			if (layout.now(suspects + ((row != null) ? "@" + row.unitId() : "")) > 0) {
				figures.add(layout.dated(suspects, layout.text("periodic.tips.suspects", kindName, offenceName), row,
						null));
			}
			return figures;
		}

		/** "bắt 2 vụ đánh bạc", "ngăn chặn 5 vụ đánh nhau, gây rối". */
		private static String phrase(Layout layout, String outcome, Row row) {
			String kind = outcome.substring(0, outcome.indexOf('.'));
			String offence = layout.text("dashboard.offence." + outcome.substring(outcome.indexOf('.') + 1))
				.toLowerCase(layout.locale);
			String suffix = "@" + row.unitId();
			long cases = layout.now("tips.outcome." + outcome + ".cases" + suffix);
			long suspects = layout.now("tips.outcome." + outcome + ".suspects" + suffix);
			return switch (kind) {
				case "ARREST" ->
					layout.text("periodic.phrase.arrest", layout.number(cases), offence, layout.number(suspects));
				case "PREVENTED" -> layout.text("periodic.phrase.prevented", layout.number(cases), offence);
				case "MEDIATED" -> layout.text("periodic.phrase.mediated", layout.number(cases), offence);
				default -> null;
			};
		}

	}

	/** Stays as they stand (the rollup keeps no dates). */
	record Stays() {

		Section section(Layout layout) {
			List<Figure> figures = new ArrayList<>();
			for (String key : List.of("stays.guests", "stays.present", "stays.foreign", "stays.notifications")) {
				figures.add(layout.undated(key, layout.text("periodic." + key), null, null));
			}
			for (Row row : layout.scope.rows()) {
				if (layout.undated("stays.guests@" + row.unitId()) > 0) {
					figures.add(layout.undated("stays.guests", layout.text("periodic.stays.guests"), row, null));
					figures.add(layout.undated("stays.present", layout.text("periodic.stays.present"), row, null));
				}
			}
			return layout.section("stays", List.of(), figures, layout.text("periodic.stays.note"));
		}

	}

	/** Cameras standing on the period's last day, and footage requests of the period. */
	record Cameras() {

		Section section(Layout layout) {
			List<Figure> figures = new ArrayList<>();
			List<String> sentences = new ArrayList<>();
			figures.add(layout.dated("cameras.public", layout.text("periodic.cameras.public"), null, null));
			figures.add(layout.dated("cameras.private", layout.text("periodic.cameras.private"), null, null));
			figures.add(layout.dated("cameras.requests", layout.text("periodic.cameras.requests"), null, null));
			for (Row row : layout.scope.rows()) {
				String suffix = "@" + row.unitId();
				if (layout.now("cameras.public" + suffix) + layout.now("cameras.private" + suffix) == 0) {
					continue;
				}
				figures.add(layout.dated("cameras.public", layout.text("periodic.cameras.public"), row,
						layout.links.publicCameras(row)));
				figures.add(layout.dated("cameras.private", layout.text("periodic.cameras.private"), row, null));
				sentences.add(layout.text("periodic.sentence.cameras", row.name(),
						layout.number(layout.now("cameras.public" + suffix)),
						layout.number(layout.now("cameras.private" + suffix))));
			}
			return layout.section("cameras", sentences, figures, null);
		}

	}

	/** Urban order: violations found in the period, fines. */
	record Streets() {

		Section section(Layout layout) {
			List<Figure> figures = new ArrayList<>();
			List<String> sentences = new ArrayList<>();
			figures.add(layout.dated("streets.violations", layout.text("periodic.streets.violations"), null,
					layout.links.violations(null, layout.period)));
			figures
				.add(layout.dated("streets.fines-decided", layout.text("periodic.streets.fines-decided"), null, null));
			figures.add(layout.dated("streets.fines-paid", layout.text("periodic.streets.fines-paid"), null, null));
			for (Row row : layout.scope.rows()) {
				long violations = layout.now("streets.violations@" + row.unitId());
				if (violations == 0) {
					continue;
				}
				figures.add(layout.dated("streets.violations", layout.text("periodic.streets.violations"), row,
						layout.links.violations(row, layout.period)));
				sentences.add(layout.text("periodic.sentence.streets", layout.from(), layout.to(), row.name(),
						layout.number(violations)));
			}
			return layout.section("streets", sentences, figures, null);
		}

	}

	/** Grassroots mediation: cases received in the period and how they ended. */
	record Mediation() {

		Section section(Layout layout) {
			List<Figure> figures = new ArrayList<>();
			List<String> sentences = new ArrayList<>();
			for (String figure : List.of("received", "successful", "unsuccessful", "escalated")) {
				figures
					.add(layout.dated("mediation." + figure, layout.text("periodic.mediation." + figure), null, null));
			}
			for (Row row : layout.scope.rows()) {
				long received = layout.now("mediation.received@" + row.unitId());
				if (received == 0) {
					continue;
				}
				figures.add(layout.dated("mediation.received", layout.text("periodic.mediation.received"), row, null));
				sentences.add(layout.text("periodic.sentence.mediation", layout.from(), layout.to(), row.name(),
						layout.number(received), layout.number(layout.now("mediation.successful@" + row.unitId()))));
			}
			return layout.section("mediation", sentences, figures, null);
		}

	}

	/** Models and plans, key areas, ward scoring: the programs as they stand. */
	record Programs(ProgramsFigures programs) {

		List<Section> sections(Layout layout) {
			List<Figure> plans = new ArrayList<>();
			List<String> planSentences = new ArrayList<>();
			for (ProgramsFigures.PlanProgress plan : this.programs.plans()) {
				plans.add(new Figure("programs.plan." + plan.planId(),
						layout.text("periodic.programs.plan", plan.number()), null, (long) plan.tasksDone(), null, null,
						layout.text("periodic.programs.plan-detail", plan.title(), plan.tasksDone(), plan.tasks()),
						null));
				planSentences.add(layout.text("periodic.sentence.plan", plan.number(), plan.title(), plan.progress()));
			}
			for (ProgramsFigures.ModelReach model : this.programs.models()) {
				plans.add(new Figure("programs.model." + model.modelCode(),
						layout.text("periodic.programs.model", model.modelName()), null, (long) model.deployments(),
						null, null, String.join(", ", model.units()), null));
				planSentences
					.add(layout.text("periodic.sentence.model", model.modelName(), String.join(", ", model.units())));
			}
			List<Figure> areas = new ArrayList<>();
			this.programs.keyAreasByStatus()
				.forEach((status,
						count) -> areas.add(new Figure("key-areas." + status,
								layout.text("periodic.key-areas.status",
										layout.text("programs.key-area.status." + status)),
								null, count, null, null, null, null)));
			List<String> areaSentences = this.programs.transformedAreas().isEmpty() ? List.of()
					: List.of(layout.text("periodic.sentence.transformed",
							layout.number(this.programs.transformedAreas().size()),
							String.join(", ", this.programs.transformedAreas())));
			List<Figure> wards = new ArrayList<>();
			for (ProgramsFigures.ModelWard ward : this.programs.modelWards()) {
				wards.add(new Figure("scoring." + ward.unit() + "." + ward.period(),
						layout.text("periodic.scoring.ward", ward.setName(), ward.period()), ward.unit(),
						(long) ward.score(), null, null, layout.text("periodic.scoring.detail",
								ward.recognitionNumber(), PeriodicReportBuilder.DAY.format(ward.recognisedOn())),
						null));
			}
			List<String> wardSentences = this.programs.modelWards().isEmpty() ? List.of() : List
				.of(layout.text("periodic.sentence.model-wards", layout.number(
						this.programs.modelWards().stream().map(ProgramsFigures.ModelWard::unit).distinct().count()),
						String.join(", ",
								this.programs.modelWards()
									.stream()
									.map(ProgramsFigures.ModelWard::unit)
									.distinct()
									.toList())));
			String note = layout.text("periodic.programs.note");
			return List.of(layout.section("programs", planSentences, plans, note),
					layout.section("key-areas", areaSentences, areas, note),
					layout.section("scoring", wardSentences, wards, note));
		}

	}

}
