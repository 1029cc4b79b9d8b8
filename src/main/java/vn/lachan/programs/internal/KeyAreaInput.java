package vn.lachan.programs.internal;

import java.time.LocalDate;

/**
 * A designation as submitted; {@code polygon} is optional GeoJSON.
 */
public record KeyAreaInput(Long unitId, String kind, String decisionNumber, LocalDate decidedOn, String issuer,
		Integer year, String polygon, String measures, Long planId) {
}
