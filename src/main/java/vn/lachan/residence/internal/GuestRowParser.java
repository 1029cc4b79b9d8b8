package vn.lachan.residence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.lachan.shared.imports.RowProblem;
import vn.lachan.shared.text.VietnameseText;
import vn.lachan.shared.time.VietnamTime;

/**
 * Checks and normalises one guest row. Problems (the import kit's {@link RowProblem})
 * name the row, the column and a message key, never the value.
 */
final class GuestRowParser {

	private static final Pattern CCCD = Pattern.compile("\\d{12}");

	private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{6,12}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private GuestRowParser() {
	}

	/**
	 * The parsed row, or {@code null} with the problems added to {@code problems}.
	 * @param now the moment of the submission: arrivals may not lie in the future
	 */
	static ParsedGuest parse(GuestInput in, long row, Instant now, List<RowProblem> problems) {
		int before = problems.size();
		Long accommodation = null;
		try {
			accommodation = Long.valueOf(trim(in.accommodationId()));
		}
		catch (NumberFormatException | NullPointerException ex) {
			problems.add(problem(row, "accommodationId", "residence.guest.accommodation.invalid"));
		}
		String name = collapse(in.fullName());
		if (name == null) {
			problems.add(problem(row, "fullName", "residence.guest.full-name.required"));
		}
		else if (name.length() > 200) {
			problems.add(problem(row, "fullName", "residence.guest.full-name.too-long"));
		}
		LocalDate today = now.atZone(VietnamTime.ZONE).toLocalDate();
		LocalDate birth = date(in.birthDate(), row, "birthDate", problems);
		if (birth != null && (birth.isAfter(today) || birth.isBefore(EARLIEST_BIRTH))) {
			problems.add(problem(row, "birthDate", "residence.guest.birth-date.out-of-range"));
		}
		String sex = upper(in.sex());
		if (sex != null && !sex.equals("M") && !sex.equals("F")) {
			problems.add(problem(row, "sex", "residence.guest.sex.invalid"));
		}
		String nationality = upper(in.nationality());
		if (nationality == null || !COUNTRY.matcher(nationality).matches()) {
			problems.add(problem(row, "nationality", "residence.guest.nationality.invalid"));
		}
		String kind = upper(in.documentKind());
		String number = (in.documentNumber() != null)
				? in.documentNumber().replaceAll("\\s+", "").toUpperCase(Locale.ROOT) : "";
		if (!"CCCD".equals(kind) && !"PASSPORT".equals(kind)) {
			problems.add(problem(row, "documentKind", "residence.guest.document-kind.invalid"));
		}
		else if ("CCCD".equals(kind) && !CCCD.matcher(number).matches()) {
			problems.add(problem(row, "documentNumber", "residence.guest.document-number.cccd"));
		}
		else if ("PASSPORT".equals(kind) && !PASSPORT.matcher(number).matches()) {
			problems.add(problem(row, "documentNumber", "residence.guest.document-number.passport"));
		}
		else if ("CCCD".equals(kind) && nationality != null && !"VN".equals(nationality)) {
			problems.add(problem(row, "documentKind", "residence.guest.document-kind.foreigner"));
		}
		String reason = collapse(in.reason());
		if (reason != null && reason.length() > 200) {
			problems.add(problem(row, "reason", "residence.guest.reason.too-long"));
		}
		Instant arrival = null;
		String arrivalText = trim(in.arrival());
		if (arrivalText == null) {
			problems.add(problem(row, "arrival", "residence.guest.arrival.required"));
		}
		else {
			try {
				arrival = LocalDateTime.parse(arrivalText.replace(' ', 'T')).atZone(VietnamTime.ZONE).toInstant();
				if (arrival.isAfter(now.plusSeconds(300))) {
					problems.add(problem(row, "arrival", "residence.guest.arrival.future"));
				}
			}
			catch (DateTimeParseException ex) {
				problems.add(problem(row, "arrival", "residence.guest.arrival.invalid"));
			}
		}
		LocalDate departure = (trim(in.expectedDeparture()) != null)
				? date(in.expectedDeparture(), row, "expectedDeparture", problems) : null;
		if (departure != null && arrival != null
				&& departure.isBefore(arrival.atZone(VietnamTime.ZONE).toLocalDate())) {
			problems.add(problem(row, "expectedDeparture", "residence.guest.expected-departure.before-arrival"));
		}
		String room = collapse(in.room());
		if (room != null && room.length() > 30) {
			problems.add(problem(row, "room", "residence.guest.room.too-long"));
		}
		if (problems.size() > before) {
			return null;
		}
		return new ParsedGuest(accommodation, name, VietnameseText.fold(name), birth, sex, nationality,
				GuestKind.ofNationality(nationality), kind, number, reason, arrival, departure, room);
	}

	private static LocalDate date(String text, long row, String field, List<RowProblem> problems) {
		String value = trim(text);
		if (value == null) {
			problems.add(problem(row, field, "residence.guest.date.required"));
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(problem(row, field, "residence.guest.date.invalid"));
			return null;
		}
	}

	private static RowProblem problem(long row, String field, String messageKey) {
		return new RowProblem(row, StayFiles.header(field), messageKey, List.of());
	}

	static String trim(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	static String collapse(String text) {
		String value = trim(text);
		return (value != null) ? value.replaceAll("\\s+", " ") : null;
	}

	private static String upper(String text) {
		String value = trim(text);
		return (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

}
