package vn.lachan.community;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.lachan.community.internal.BroadcastCommand;
import vn.lachan.community.internal.BroadcastManagement;
import vn.lachan.community.internal.ReplyManagement;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a recipient does through a delivery's link: acknowledging twice counts once; an
 * answer reaches the ward as a message, or becomes a tip of the member's ward when asked;
 * an empty answer or an unknown link changes nothing.
 */
class CommunityReplyIntegrationTests extends CommunityTestSupport {

	@Autowired
	BroadcastManagement broadcasts;

	@Autowired
	ReplyManagement replies;

	@Test
	void acknowledgingTwiceCountsOnceAndAnAnswerBecomesAMessageOrATip() {
		long group = group("13639", "Tiểu thương trả lời thử");
		String email = "phuong.tran." + unique() + "@example.com";
		joinAndConfirm(group, email, null, Set.of(Channel.EMAIL), Priority.INFORMATION);
		long broadcast = this.broadcasts.compose(officer("13639"),
				new BroadcastCommand(null, Priority.WARNING, "Đề phòng trộm cắp", "Bà con khóa xe cẩn thận.",
						Set.of(Channel.BOARD, Channel.EMAIL), List.of(new Target(TargetKind.GROUP, group)), null,
						null));
		String key = this.jdbc.sql("SELECT delivery_key FROM community_delivery WHERE broadcast_id = ?")
			.param(broadcast)
			.query(String.class)
			.single();

		this.replies.acknowledge(key);
		String first = acknowledgedAt(key);
		this.replies.acknowledge(key);
		assertThat(first).isNotNull();
		assertThat(acknowledgedAt(key)).isEqualTo(first);
		assertThat(this.replies.received(key).acknowledged()).isTrue();

		int before = replies(broadcast);
		assertThatThrownBy(() -> this.replies.reply(key, "   ", false)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.replies.reply("khong-co-lien-ket", "Có người lạ", false))
			.isInstanceOf(NotFoundException.class);
		assertThat(replies(broadcast)).isEqualTo(before);

		assertThat(this.replies.reply(key, "Đã nhận, cảm ơn công an phường.", false)).isNull();
		String receipt = this.replies.reply(key, "Sáng nay có người lạ dắt xe ở cổng chợ phía đông.", true);
		assertThat(receipt).isNotBlank();
		assertThat(replies(broadcast)).isEqualTo(before + 2);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM community_reply WHERE broadcast_id = ? AND tip_id IS NULL")
			.param(broadcast)
			.query(Integer.class)
			.single()).as("the message stays a message").isEqualTo(1);
		assertThat(this.jdbc.sql("""
				SELECT t.unit_id FROM community_reply r JOIN tip t ON t.id = r.tip_id
				WHERE r.broadcast_id = ? AND r.as_tip = TRUE AND t.receipt_code = ?""")
			.params(broadcast, receipt)
			.query(Long.class)
			.single()).as("a tip of the member's ward").isEqualTo(unit("13639"));
	}

	private String acknowledgedAt(String key) {
		return this.jdbc
			.sql("SELECT CAST(acknowledged_at AS VARCHAR(40)) FROM community_delivery WHERE delivery_key = ?")
			.param(key)
			.query(String.class)
			.single();
	}

	private int replies(long broadcast) {
		return this.jdbc.sql("SELECT COUNT(*) FROM community_reply WHERE broadcast_id = ?")
			.param(broadcast)
			.query(Integer.class)
			.single();
	}

}
