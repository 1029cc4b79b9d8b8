package vn.lachan.programs;

import java.time.LocalDate;

/**
 * A ward's scorecard was saved, submitted, approved, returned or recognised.
 * {@code version} grows with every change: a listener keeps the newest.
 */
public record ScorecardChanged(long scorecardId, long unitId, String setCode, String setName, int period, String status,
		int score, boolean allMet, String recognitionNumber, LocalDate recognisedOn, int version) {
}
