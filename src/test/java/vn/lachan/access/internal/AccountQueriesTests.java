package vn.lachan.access.internal;

import org.junit.jupiter.api.Test;

import vn.lachan.shared.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

class AccountQueriesTests {

	@Test
	void theDatabaseFoldingMatchesTheJavaFolding() {
		String name = "Nguyễn Thị Ánh Hồng, Đặng Ưng Thuỷ Ỹ";
		StringBuilder translated = new StringBuilder();
		for (char letter : name.toCharArray()) {
			int at = AccountQueries.FOLD_FROM.indexOf(letter);
			translated.append((at >= 0) ? AccountQueries.FOLD_TO.charAt(at) : letter);
		}
		assertThat(translated.toString().toLowerCase(java.util.Locale.ROOT)).isEqualTo(VietnameseText.fold(name));
		assertThat(AccountQueries.FOLD_FROM).hasSameSizeAs(AccountQueries.FOLD_TO);
	}

}
