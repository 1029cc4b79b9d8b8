package vn.lachan.programs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.RuleViolationException;

/**
 * A ward's scorecard for one criteria set and period. It guards its own transitions: an
 * approved scorecard cannot change, a returned one can.
 */
public class Scorecard {

	private final Long id;

	private final long unitId;

	private final CriteriaSet set;

	private final int period;

	private ScorecardStatus status;

	private final Map<Long, Score> scores = new LinkedHashMap<>();

	private String comment;

	private Instant submittedAt;

	private Instant decidedAt;

	private Long decidedBy;

	private String recognitionNumber;

	private LocalDate recognisedOn;

	Scorecard(Long id, long unitId, CriteriaSet set, int period, ScorecardStatus status, List<Score> scores,
			String comment, Instant submittedAt, Instant decidedAt, Long decidedBy, String recognitionNumber,
			LocalDate recognisedOn) {
		this.id = id;
		this.unitId = unitId;
		this.set = set;
		this.period = period;
		this.status = status;
		scores.forEach((score) -> this.scores.put(score.criterionId(), score));
		this.comment = comment;
		this.submittedAt = submittedAt;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.recognitionNumber = recognitionNumber;
		this.recognisedOn = recognisedOn;
	}

	static Scorecard open(long unitId, CriteriaSet set, int period) {
		return new Scorecard(null, unitId, set, period, ScorecardStatus.DRAFT, List.of(), null, null, null, null, null,
				null);
	}

	/**
	 * Takes the platform's figures for the formula criteria and the entered values (by
	 * criterion code) for the others; entered values need evidence.
	 */
	void fill(Map<String, BigDecimal> figures, Map<String, EnteredValue> entered) {
		requireEditable();
		List<FieldProblem> problems = new ArrayList<>();
		Map<Long, Score> filled = new LinkedHashMap<>();
		for (Criterion criterion : this.set.criteria()) {
			if (criterion.entered()) {
				EnteredValue value = entered.get(criterion.code());
				Score before = this.scores.get(criterion.id());
				if (value == null) {
					BigDecimal kept = (before != null) ? before.value() : null;
					String evidence = (before != null) ? before.evidence() : null;
					filled.put(criterion.id(), new Score(criterion.id(), kept, evidence, criterion.met(kept)));
					continue;
				}
				if (value.value() != null && (value.evidence() == null || value.evidence().isBlank())) {
					problems.add(new FieldProblem("values[" + criterion.code() + "].evidence", "evidenceRequired",
							"programs.error.evidence-required"));
				}
				filled.put(criterion.id(), new Score(criterion.id(), value.value(),
						(value.evidence() == null) ? null : value.evidence().strip(), criterion.met(value.value())));
			}
			else {
				BigDecimal figure = figures.get(criterion.indicator());
				filled.put(criterion.id(), new Score(criterion.id(), figure, null, criterion.met(figure)));
			}
		}
		for (String code : entered.keySet()) {
			boolean known = this.set.criteria().stream().anyMatch((c) -> c.entered() && c.code().equals(code));
			if (!known) {
				problems.add(new FieldProblem("values[" + code + "]", "unknownCriterion",
						"programs.error.unknown-criterion"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.scores.clear();
		this.scores.putAll(filled);
	}

	void submit(Instant at) {
		requireEditable();
		if (this.set.criteria().stream().anyMatch((c) -> c.entered() && valueOf(c) == null)) {
			throw new RuleViolationException("scorecard-incomplete", "Every entered criterion needs a value");
		}
		this.status = ScorecardStatus.SUBMITTED;
		this.submittedAt = at;
	}

	void approve(long by, Instant at) {
		requireSubmitted();
		this.status = ScorecardStatus.APPROVED;
		this.decidedAt = at;
		this.decidedBy = by;
		this.comment = null;
	}

	void returnWith(String comment, long by, Instant at) {
		requireSubmitted();
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException(
					List.of(new FieldProblem("comment", "NotBlank", "programs.error.comment-required")));
		}
		this.status = ScorecardStatus.RETURNED;
		this.comment = comment.strip();
		this.decidedAt = at;
		this.decidedBy = by;
	}

	/** The recognition as a model ward: only approved with every criterion met. */
	void recognise(String number, LocalDate on, LocalDate approvedOn) {
		if (this.status != ScorecardStatus.APPROVED || !allMet()) {
			throw new RuleViolationException("scorecard-not-recognisable",
					"Only an approved scorecard meeting every criterion is recognised");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (number == null || number.isBlank()) {
			problems.add(new FieldProblem("number", "NotBlank", "programs.error.required"));
		}
		if (on == null) {
			problems.add(new FieldProblem("decidedOn", "NotNull", "programs.error.required"));
		}
		else if (on.isBefore(approvedOn)) {
			problems.add(new FieldProblem("decidedOn", "beforeApproval", "programs.error.recognition-before-approval"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.recognitionNumber = number.strip();
		this.recognisedOn = on;
	}

	private void requireEditable() {
		if (!this.status.editable()) {
			throw new RuleViolationException("scorecard-locked", "The scorecard is " + this.status, this.status);
		}
	}

	private void requireSubmitted() {
		if (this.status != ScorecardStatus.SUBMITTED) {
			throw new RuleViolationException("scorecard-not-submitted", "The scorecard is not submitted");
		}
	}

	BigDecimal valueOf(Criterion criterion) {
		Score score = this.scores.get(criterion.id());
		return (score != null) ? score.value() : null;
	}

	/** The weight of the criteria met, out of 100. */
	public int score() {
		int total = this.set.totalWeight();
		if (total == 0) {
			return 0;
		}
		int met = this.set.criteria()
			.stream()
			.filter((c) -> this.scores.containsKey(c.id()) && this.scores.get(c.id()).met())
			.mapToInt(Criterion::weight)
			.sum();
		return Math.round(100f * met / total);
	}

	public boolean allMet() {
		return !this.set.criteria().isEmpty() && this.set.criteria()
			.stream()
			.allMatch((c) -> this.scores.containsKey(c.id()) && this.scores.get(c.id()).met());
	}

	/** Green when every criterion is met, amber from 70, red below. */
	public String light() {
		if (allMet()) {
			return "green";
		}
		return (score() >= 70) ? "amber" : "red";
	}

	public Long id() {
		return this.id;
	}

	public long unitId() {
		return this.unitId;
	}

	public CriteriaSet set() {
		return this.set;
	}

	public int period() {
		return this.period;
	}

	public ScorecardStatus status() {
		return this.status;
	}

	public List<Score> scores() {
		return List.copyOf(this.scores.values());
	}

	public Score scoreOf(Criterion criterion) {
		return this.scores.get(criterion.id());
	}

	public String comment() {
		return this.comment;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public Long decidedBy() {
		return this.decidedBy;
	}

	public String recognitionNumber() {
		return this.recognitionNumber;
	}

	public LocalDate recognisedOn() {
		return this.recognisedOn;
	}

	/**
	 * A value the ward enters for a criterion, with its evidence (a document, a record).
	 */
	public record EnteredValue(BigDecimal value, String evidence) {
	}

}
