package vn.lachan.tips.internal;

import java.util.List;
import java.util.Locale;

/**
 * A category of the catalogue: data, editable by administrators.
 *
 * @param code the stable code, e.g. {@code drugs}
 * @param nameVi the Vietnamese name
 * @param nameEn the English name
 * @param group the group it belongs to
 * @param publicVisible whether the public may see tips of this category (never for
 * sensitive groups)
 * @param open311 whether Open311 clients may submit it
 * @param defaultUrgent whether its tips start on the urgent clock
 * @param attributes extra attributes (an Open311 service definition)
 * @param keywords comma-separated keywords
 * @param sortOrder where it stands in lists
 */
public record TipCategory(String code, String nameVi, String nameEn, Group group, boolean publicVisible,
		boolean open311, boolean defaultUrgent, List<Attribute> attributes, String keywords, int sortOrder) {

	public TipCategory {
		attributes = List.copyOf(attributes);
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
	}

	/**
	 * The groups of categories. Crimes, social evils and security matters are sensitive:
	 * never public.
	 */
	public enum Group {

		CRIME, SOCIAL_EVIL, SECURITY, ORDER, OTHER;

		public boolean sensitive() {
			return this == CRIME || this == SOCIAL_EVIL || this == SECURITY;
		}

	}

	/**
	 * An extra attribute, as an Open311 service definition declares it.
	 *
	 * @param code the attribute's code
	 * @param datatype {@code string}, {@code number}, {@code datetime}, {@code text},
	 * {@code singlevaluelist} or {@code multivaluelist}
	 * @param required whether it must be given
	 * @param description what it asks
	 * @param order where it stands, 1 first
	 * @param values the choices of a list
	 */
	public record Attribute(String code, String datatype, boolean required, String description, int order,
			List<Value> values) {

		public Attribute {
			values = (values != null) ? List.copyOf(values) : List.of();
		}

	}

	/**
	 * A choice of a list attribute.
	 */
	public record Value(String key, String name) {
	}

}
