package vn.lachan.forces;

import java.util.Locale;

/**
 * A kind of team; kinds are data and administrators add more. The four built-in kinds
 * have constants.
 */
public record TeamKind(String code, String nameVi, String nameEn, int sortOrder) {

	public static final String SECURITY = "SECURITY";

	public static final String COMMUNITY = "COMMUNITY";

	public static final String DRUG_LIAISON = "DRUG_LIAISON";

	public static final String MEDIATION = "MEDIATION";

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
	}

}
