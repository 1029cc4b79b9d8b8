package vn.lachan.shared.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A period as a page form or filter binds it: {@code from} and {@code to}, days as
 * {@code YYYY-MM-DD} (the value of an {@code <input type="date">}), both included.
 */
public abstract class PeriodFields {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
