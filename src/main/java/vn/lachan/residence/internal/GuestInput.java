package vn.lachan.residence.internal;

/**
 * One guest of a stay as a host entered it: in a form, a JSON request or a row of a file.
 * Every value is text as entered, so that each bad value is reported on its field.
 *
 * @param accommodationId the accommodation's id
 * @param fullName họ và tên
 * @param birthDate ngày sinh, {@code yyyy-MM-dd}
 * @param sex {@code M} or {@code F}
 * @param nationality ISO 3166 two-letter code, {@code VN} for citizens
 * @param documentKind {@code CCCD} (12-digit personal identification number) or
 * {@code PASSPORT}
 * @param documentNumber the number
 * @param reason lý do lưu trú
 * @param arrival date and time of arrival in Vietnam's time, {@code yyyy-MM-ddTHH:mm} (a
 * space instead of {@code T} is accepted)
 * @param expectedDeparture expected day of departure, {@code yyyy-MM-dd}
 * @param room the room, if any
 */
public record GuestInput(String accommodationId, String fullName, String birthDate, String sex, String nationality,
		String documentKind, String documentNumber, String reason, String arrival, String expectedDeparture,
		String room) {

	/** The column names of the import template, in order. */
	public static final String[] COLUMNS = { "accommodation_id", "full_name", "birth_date", "sex", "nationality",
			"document_kind", "document_number", "reason", "arrival", "expected_departure", "room" };

	public static GuestInput of(String[] values) {
		String[] v = new String[COLUMNS.length];
		for (int i = 0; i < v.length; i++) {
			v[i] = (i < values.length) ? values[i] : null;
		}
		return new GuestInput(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
	}

}
