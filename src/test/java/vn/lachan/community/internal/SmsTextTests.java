package vn.lachan.community.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One SMS: 160 characters of the GSM 7-bit alphabet, 70 once any character needs UCS-2
 * (Vietnamese diacritics do).
 */
class SmsTextTests {

	@Test
	void plainTextFitsUpTo160Characters() {
		assertThat(SmsText.fits("A".repeat(160))).isTrue();
		assertThat(SmsText.fits("A".repeat(161))).isFalse();
		assertThat(SmsText.limit("Mat dien luc 14h, dong cua hang can than.")).isEqualTo(160);
	}

	@Test
	void vietnameseTextFitsUpTo70Characters() {
		String seventy = "Đề nghị bà con cảnh giác." + "a".repeat(70 - 25);
		assertThat(seventy).hasSize(70);
		assertThat(SmsText.gsm7(seventy)).isFalse();
		assertThat(SmsText.fits(seventy)).isTrue();
		assertThat(SmsText.fits(seventy + "a")).isFalse();
	}

}
