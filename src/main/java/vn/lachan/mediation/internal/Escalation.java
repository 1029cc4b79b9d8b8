package vn.lachan.mediation.internal;

/**
 * A mediator's escalation (Đ.10 k.4–5): violence threatens, or a crime or violation
 * appears.
 *
 * @param categoryCode the tip category, e.g. {@code fight} or {@code domestic-violence}
 * @param description what the mediator saw, without the parties' names
 * @param urgent whether violence is imminent
 */
public record Escalation(String categoryCode, String description, boolean urgent) {
}
