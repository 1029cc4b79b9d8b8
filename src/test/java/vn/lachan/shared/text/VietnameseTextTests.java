package vn.lachan.shared.text;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@Test
	void foldsDiacriticsCaseAndDStroke() {
		assertThat(VietnameseText.fold("Thành phố Nam Định")).isEqualTo("thanh pho nam dinh");
		assertThat(VietnameseText.fold("ĐỒNG THÁP")).isEqualTo("dong thap");
		assertThat(VietnameseText.fold("Phường Trần Đăng Ninh")).isEqualTo("phuong tran dang ninh");
	}

	@Test
	void foldsComposedAndDecomposedFormsAlike() {
		String composed = "Vị Hoàng";
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(composed);
		assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed)).isEqualTo("vi hoang");
	}

	@Test
	void foldsWhiteSpaceAndKeepsNull() {
		assertThat(VietnameseText.fold("  Chợ \t Cửa   Trường \n")).isEqualTo("cho cua truong");
		assertThat(VietnameseText.fold(null)).isNull();
		assertThat(VietnameseText.fold("")).isEmpty();
	}

	@Test
	void containsPatternEscapesLikeWildcards() {
		assertThat(VietnameseText.containsPattern("Nam Định")).isEqualTo("%nam dinh%");
		assertThat(VietnameseText.containsPattern("50% _x\\")).isEqualTo("%50\\% \\_x\\\\%");
	}

}
