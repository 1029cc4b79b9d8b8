package vn.lachan.community;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.lachan.community.internal.BroadcastCommand;
import vn.lachan.community.internal.BroadcastManagement;
import vn.lachan.community.internal.GroupInput;
import vn.lachan.community.internal.MemberContact;
import vn.lachan.community.internal.MemberDirectory;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Acceptance 2: a broadcast reaches exactly the targeted members whose consent stands and
 * whose minimum priority it meets, never anyone outside the sender's scope; staff see
 * members within their scope only, and reading a member's contacts is audited.
 */
class CommunityConsentIntegrationTests extends CommunityTestSupport {

	@Autowired
	BroadcastManagement broadcasts;

	@Autowired
	MemberDirectory directory;

	@Test
	void withdrawnOrBelowPriorityMembersReceiveNothingAndTargetsReachExactlyTheirMembers() {
		long market = group("13639", "Tiểu thương chợ thử");
		long street = group("13639", "Hộ kinh doanh phố thử");
		long other = group("13681", "Hộ gia đình Thống Nhất thử");
		long a = member(joinAndConfirm(market, mail("an"), null, Set.of(Channel.EMAIL), Priority.INFORMATION));
		String leaving = joinAndConfirm(market, mail("bao"), null, Set.of(Channel.EMAIL), Priority.INFORMATION);
		long b = member(leaving);
		this.membership.leave(leaving);
		long c = member(joinAndConfirm(market, mail("cuc"), null, Set.of(Channel.EMAIL), Priority.URGENT));
		String both = mail("dung");
		long d = member(joinAndConfirm(street, both, null, Set.of(Channel.EMAIL), Priority.INFORMATION));
		long d2 = member(
				joinAndConfirm(market, both, null, Set.of(Channel.EMAIL, Channel.BOARD), Priority.INFORMATION));
		long e = member(joinAndConfirm(other, mail("em"), null, Set.of(Channel.EMAIL), Priority.INFORMATION));

		long toMarket = send(officer("13639"), Priority.WARNING, new Target(TargetKind.GROUP, market));
		assertThat(recipients(toMarket)).containsExactlyInAnyOrder(a, d2);
		assertThat(recipients(toMarket)).doesNotContain(b, c, e);

		long urgent = send(officer("13639"), Priority.URGENT, new Target(TargetKind.GROUP, market));
		assertThat(recipients(urgent)).containsExactlyInAnyOrder(a, c, d2);

		long toWard = send(officer("13639"), Priority.WARNING, new Target(TargetKind.UNIT, unit("13639")),
				new Target(TargetKind.GROUP, street));
		assertThat(recipients(toWard)).contains(a).doesNotContain(b, c, e);
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM community_delivery WHERE broadcast_id = ? AND member_id IN (?, ?)""")
			.params(toWard, d, d2)
			.query(Integer.class)
			.single()).as("one person in two groups gets one mail").isEqualTo(1);

		CurrentUser city = new CurrentUser(900_001, "committee-test", "Ban chỉ đạo", Role.COMMITTEE, unit("356"),
				this.territory.subtreeIds(unit("356")), Set.of());
		long fromCity = send(city, Priority.WARNING, new Target(TargetKind.GROUP, market),
				new Target(TargetKind.GROUP, other));
		assertThat(recipients(fromCity)).containsExactlyInAnyOrder(a, d2, e);
	}

	@Test
	void aPlaceOrResidentialGroupTargetReachesTheGroupsThereOnly() {
		long viHoang = unit("13639");
		long market = this.jdbc.sql("SELECT id FROM place WHERE name = 'Chợ Vị Hoàng'").query(Long.class).single();
		long residential = this.territory.groupsOf(viHoang).get(0).id();
		long atMarket = this.groups.create(officer("13639"), new GroupInput(viHoang, GroupKind.MARKET_TRADERS,
				"Tiểu thương cổng chợ thử " + unique(), market, null));
		long ofResidential = this.groups.create(officer("13639"), new GroupInput(viHoang,
				GroupKind.RESIDENTIAL_HOUSEHOLDS, "Hộ gia đình tổ dân phố thử " + unique(), null, residential));
		long elsewhere = group("13639", "Nhóm không gắn nơi nào thử");
		long trader = member(joinAndConfirm(atMarket, mail("hai"), null, Set.of(Channel.EMAIL), Priority.INFORMATION));
		long household = member(
				joinAndConfirm(ofResidential, mail("khanh"), null, Set.of(Channel.EMAIL), Priority.INFORMATION));
		long other = member(joinAndConfirm(elsewhere, mail("linh"), null, Set.of(Channel.EMAIL), Priority.INFORMATION));

		long toMarket = send(officer("13639"), Priority.WARNING, new Target(TargetKind.PLACE, market));
		assertThat(recipients(toMarket)).contains(trader).doesNotContain(household, other);
		assertThat(groupsReached(toMarket)).as("only groups at the market").containsOnly(market);

		long toResidential = send(officer("13639"), Priority.WARNING,
				new Target(TargetKind.RESIDENTIAL_GROUP, residential));
		assertThat(recipients(toResidential)).containsExactly(household);
	}

	private List<Long> groupsReached(long broadcast) {
		return this.jdbc.sql("""
				SELECT DISTINCT g.place_id FROM community_delivery d
				JOIN community_member m ON m.id = d.member_id JOIN community_group g ON g.id = m.group_id
				WHERE d.broadcast_id = ?""").param(broadcast).query(Long.class).list();
	}

	@Test
	void aTargetOutsideTheSendersScopeIsUnknownAndNothingIsWritten() {
		long other = group("13681", "Tiểu thương Thống Nhất thử");
		long before = broadcasts();
		for (Target target : List.of(new Target(TargetKind.GROUP, other), new Target(TargetKind.UNIT, unit("13681")),
				new Target(TargetKind.GROUP, 987_654_321L), new Target(TargetKind.PLACE, 987_654_321L))) {
			assertThatThrownBy(() -> send(officer("13639"), Priority.WARNING, target)).isInstanceOfSatisfying(
					InvalidInputException.class,
					(ex) -> assertThat(ex.fieldProblems()).extracting("field", "message")
						.containsExactly(
								org.assertj.core.groups.Tuple.tuple("targets", "community.broadcast.unknown-target")));
		}
		assertThat(broadcasts()).isEqualTo(before);
	}

	@Test
	void staffSeeMembersWithinTheirScopeAndReadingAContactIsAudited() {
		long market = group("13639", "Tiểu thương chợ đọc liên hệ");
		String email = mail("giang");
		long member = member(joinAndConfirm(market, email, "0987654321", Set.of(Channel.EMAIL), Priority.WARNING));
		assertThat(
				this.directory.members(officer("13639"), market, new vn.lachan.shared.paging.PageQuery(0, 20)).items())
			.extracting("id")
			.containsExactly(member);
		assertThatThrownBy(
				() -> this.directory.members(officer("13681"), market, new vn.lachan.shared.paging.PageQuery(0, 20)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.directory.contact(officer("13681"), member, "Liên hệ báo tin an ninh"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.directory.contact(officer("13639"), member, ""))
			.isInstanceOf(InvalidInputException.class);
		assertThat(audits(member)).isZero();

		MemberContact contact = this.directory.contact(officer("13639"), member, "Gọi xác minh tin báo mất trộm");
		assertThat(contact.email()).isEqualTo(email);
		assertThat(contact.phone()).isEqualTo("0987654321");
		assertThat(audits(member)).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT purpose FROM audit_event WHERE record_type = 'community-member' AND record_id = ?")
			.param(String.valueOf(member))
			.query(String.class)
			.single()).isEqualTo("Gọi xác minh tin báo mất trộm");
		assertThat(this.jdbc.sql("SELECT email FROM community_member WHERE id = ?")
			.param(member)
			.query(String.class)
			.single()).as("stored encrypted").doesNotContain("@").startsWith("v");
	}

	private long send(CurrentUser user, Priority priority, Target... targets) {
		return this.broadcasts.compose(user, new BroadcastCommand(null, priority, "Thông báo thử " + unique(),
				"Nội dung thông báo thử nghiệm.", Set.of(Channel.BOARD, Channel.EMAIL), List.of(targets), null, null));
	}

	private List<Long> recipients(long broadcast) {
		return this.jdbc.sql("SELECT member_id FROM community_delivery WHERE broadcast_id = ?")
			.param(broadcast)
			.query(Long.class)
			.list();
	}

	private long member(String token) {
		return this.jdbc.sql("SELECT id FROM community_member WHERE member_token = ?")
			.param(token)
			.query(Long.class)
			.single();
	}

	private long broadcasts() {
		return this.jdbc.sql("SELECT COUNT(*) FROM community_broadcast").query(Long.class).single();
	}

	private int audits(long member) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM audit_event WHERE record_type = 'community-member' AND record_id = ?")
			.param(String.valueOf(member))
			.query(Integer.class)
			.single();
	}

	private static String mail(String name) {
		return name + "." + unique() + "@example.com";
	}

}
