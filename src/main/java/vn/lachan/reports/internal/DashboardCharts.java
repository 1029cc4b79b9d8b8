package vn.lachan.reports.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.lachan.reports.TipStatistics;
import vn.lachan.reports.internal.TipFigureQueries.MonthFigures;
import vn.lachan.tips.OutcomeKind;

/**
 * The data of the dashboard's charts, as JSON for {@code static/js/dashboard-charts.js}:
 * labels already in the reader's language, no codes.
 */
@Component
class DashboardCharts {

	private final MessageSource messages;

	private final JsonMapper json;

	DashboardCharts(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** Tips received per month, one stacked series per category. */
	String months(List<MonthFigures> months, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("MM/yyyy", locale);
		TreeSet<String> categories = new TreeSet<>();
		months.forEach((month) -> categories.addAll(month.byCategory().keySet()));
		List<Map<String, Object>> series = new ArrayList<>();
		for (String category : categories) {
			series.add(Map.of("name", label("dashboard.offence." + category, locale), "data",
					months.stream().map((month) -> month.byCategory().getOrDefault(category, 0L)).toList()));
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("title", label("dashboard.tips.chart.months", locale));
		chart.put("labels", months.stream().map((month) -> month.month().format(format)).toList());
		chart.put("series", series);
		return this.json.writeValueAsString(chart);
	}

	/** Tips by outcome in the period and in the one before it. */
	String outcomes(TipStatistics period, TipStatistics previous, Locale locale) {
		List<String> labels = new ArrayList<>();
		List<Long> now = new ArrayList<>();
		List<Long> before = new ArrayList<>();
		for (OutcomeKind kind : OutcomeKind.values()) {
			labels.add(label("tip.outcome." + kind.name(), locale));
			now.add(tips(period, kind));
			before.add(tips(previous, kind));
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("title", label("dashboard.tips.chart.outcomes", locale));
		chart.put("labels", labels);
		chart.put("series", List.of(Map.of("name", label("dashboard.tips.chart.this-period", locale), "data", now),
				Map.of("name", label("dashboard.tips.chart.previous-period", locale), "data", before)));
		return this.json.writeValueAsString(chart);
	}

	private static long tips(TipStatistics statistics, OutcomeKind kind) {
		TipStatistics.OutcomeTotals totals = statistics.outcomesByKind().get(kind.name());
		return (totals != null) ? totals.tips() : 0;
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
