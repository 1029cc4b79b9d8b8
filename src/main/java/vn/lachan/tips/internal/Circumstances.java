package vn.lachan.tips.internal;

/**
 * The register fields an officer takes down for a phone or in-person tip (TT 28/2020 Đ.5
 * k.3).
 *
 * @param peopleInvolved suspects, witnesses, victims, escape direction, means
 * @param damage damage
 * @param measuresTaken what has been done at the scene
 * @param reporterKnowledge how the reporter learned of it and who else knows
 */
public record Circumstances(String peopleInvolved, String damage, String measuresTaken, String reporterKnowledge) {

	/** None recorded (public channels). */
	public static final Circumstances NONE = new Circumstances(null, null, null, null);

}
