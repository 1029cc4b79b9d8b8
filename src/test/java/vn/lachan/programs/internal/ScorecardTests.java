package vn.lachan.programs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

import vn.lachan.programs.internal.CriteriaSetInput.CriterionInput;
import vn.lachan.programs.internal.Scorecard.EnteredValue;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scorecard's rules and the geometry checks, without a database.
 */
class ScorecardTests {

	static final CriteriaSet SET = new CriteriaSet(1, "demo", 1, "Bộ", "Nguồn", LocalDate.of(2021, 1, 1), null,
			List.of(new Criterion(10, 0, "teams", "Tổ hoạt động", 60, PlatformFigures.TEAMS_ACTIVE, Comparison.AT_LEAST,
					BigDecimal.ONE),
					new Criterion(11, 1, "events", "Vụ việc phức tạp", 40, null, Comparison.AT_MOST, BigDecimal.ZERO)));

	@Test
	void scoresAreTheWeightOfTheCriteriaMetAndTheLightFollows() {
		Scorecard card = Scorecard.open(5, SET, 2021);
		card.fill(Map.of(PlatformFigures.TEAMS_ACTIVE, BigDecimal.valueOf(2)),
				Map.of("events", new EnteredValue(BigDecimal.ONE, "Báo cáo")));
		assertThat(card.score()).isEqualTo(60);
		assertThat(card.light()).isEqualTo("red");
		card.fill(Map.of(PlatformFigures.TEAMS_ACTIVE, BigDecimal.valueOf(2)),
				Map.of("events", new EnteredValue(BigDecimal.ZERO, "Báo cáo")));
		assertThat(card.score()).isEqualTo(100);
		assertThat(card.light()).isEqualTo("green");
	}

	@Test
	void anEnteredValueNeedsEvidenceAndAnApprovedCardIsLockedWhileAReturnedOneIsNot() {
		Scorecard card = Scorecard.open(5, SET, 2021);
		assertThatThrownBy(() -> card.fill(Map.of(), Map.of("events", new EnteredValue(BigDecimal.ZERO, " "))))
			.isInstanceOf(InvalidInputException.class);
		card.fill(Map.of(), Map.of("events", new EnteredValue(BigDecimal.ZERO, "Báo cáo")));
		card.submit(Instant.EPOCH);
		assertThatThrownBy(() -> card.returnWith(" ", 1, Instant.EPOCH)).isInstanceOf(InvalidInputException.class);
		card.returnWith("Bổ sung", 1, Instant.EPOCH);
		card.fill(Map.of(), Map.of("events", new EnteredValue(BigDecimal.ZERO, "Báo cáo bổ sung")));
		card.submit(Instant.EPOCH);
		card.approve(1, Instant.EPOCH);
		assertThatThrownBy(() -> card.fill(Map.of(), Map.of())).isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("code", "scorecard-locked");
		assertThatThrownBy(() -> card.submit(Instant.EPOCH)).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void criteriaSetsRefuseWeightsOutsideTheRangeAndUnknownIndicators() {
		CriteriaSetInput input = new CriteriaSetInput("x", "X", "Nguồn", LocalDate.of(2023, 1, 1),
				List.of(new CriterionInput("a", "A", 150, "nothing", Comparison.AT_LEAST, BigDecimal.ONE)));
		assertThatThrownBy(() -> input.check(PlatformFigures.CODES)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.fieldProblems()).extracting("field")
					.containsExactly("criteria[0].weight", "criteria[0].indicator"));
	}

	@Test
	void aPolygonMustBeClosedAndNotCrossItself() {
		Polygon square = AreaGeometry.read("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");
		assertThat(square.getArea()).isEqualTo(1.0);
		assertThatThrownBy(
				() -> AreaGeometry.read("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldProblems().get(0).code()).isEqualTo("selfIntersecting"));
		assertThatThrownBy(() -> AreaGeometry.read("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1]]]}"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldProblems().get(0).code()).isEqualTo("invalidGeoJson"));
		assertThatThrownBy(() -> AreaGeometry.requireInside(square, AreaGeometry.point(5, 5).buffer(1)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldProblems().get(0).code()).isEqualTo("outsideUnit"));
	}

	@Test
	void aKeyAreaIsNeverEvaluatedBeforeItsDesignation() {
		KeyArea area = new KeyArea(1, 2, "drugs", "1/QĐ", LocalDate.of(2021, 3, 30), "BCĐ", 2021, null, "Biện pháp",
				KeyAreaStatus.DESIGNATED, null, null, null, null, null);
		KeyArea transforming = area.startTransforming(null);
		assertThatThrownBy(() -> transforming.evaluate(true, "2/QĐ", LocalDate.of(2021, 3, 29), null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(transforming.evaluate(true, "2/QĐ", LocalDate.of(2021, 12, 20), null).status())
			.isEqualTo(KeyAreaStatus.TRANSFORMED);
		assertThatThrownBy(() -> area.evaluate(true, "2/QĐ", LocalDate.of(2021, 12, 20), null))
			.isInstanceOf(RuleViolationException.class);
	}

}
