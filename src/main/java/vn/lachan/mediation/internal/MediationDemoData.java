package vn.lachan.mediation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamKind;
import vn.lachan.forces.TeamMember;
import vn.lachan.forces.TeamSummary;
import vn.lachan.mediation.MediationCaseFacts;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.SystemUser;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.tips.TipLink;
import vn.lachan.tips.TipOverview;
import vn.lachan.tips.TipStatus;
import vn.lachan.tips.TipsCatalog;

/**
 * The conflicts Vị Hoàng's mediation team handled in 2021 to 04/2022 ("mediated many
 * conflicts among the people"): most ended in agreement, a few failed, one was escalated
 * and is linked to a tip of the demo's. Loaded once.
 */
@Component
@Order(DemoData.ACCESS_ORDER + 40)
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "true")
class MediationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MediationDemoData.class);

	/** kind, day received, outcome, summary, the parties' names. */
	private record DemoCase(DisputeKind kind, LocalDate received, CaseStatus outcome, String summary, String first,
			String second) {
	}

	private static final List<DemoCase> CASES = List.of(
			new DemoCase(DisputeKind.NEIGHBOURS, LocalDate.of(2021, 1, 18), CaseStatus.SUCCEEDED,
					"Nước thải từ bể phốt nhà bên thấm sang tường, hai hộ lời qua tiếng lại.", "Trần Văn Lợi",
					"Phạm Thị Gấm"),
			new DemoCase(DisputeKind.LAND, LocalDate.of(2021, 3, 2), CaseStatus.SUCCEEDED,
					"Tranh chấp khoảng 0,3 m lối đi chung trong ngõ khi một hộ xây lại tường rào.", "Vũ Đức Thịnh",
					"Ngô Văn Sáu"),
			new DemoCase(DisputeKind.NOISE, LocalDate.of(2021, 4, 20), CaseStatus.SUCCEEDED,
					"Hộ kinh doanh hát karaoke đến khuya, các hộ liền kề phản ánh nhiều lần.", "Đặng Thị Hồng",
					"Bùi Văn Khoa"),
			new DemoCase(DisputeKind.FAMILY, LocalDate.of(2021, 6, 7), CaseStatus.SUCCEEDED,
					"Anh em trong gia đình mâu thuẫn về việc chăm sóc mẹ già và chia chi phí.", "Hoàng Văn Tư",
					"Hoàng Thị Năm"),
			new DemoCase(DisputeKind.DEBT, LocalDate.of(2021, 8, 16), CaseStatus.FAILED,
					"Tiền hụi 40 triệu đồng chưa trả, hai bên không thống nhất số còn nợ.", "Lê Thị Xuyến",
					"Đinh Văn Quý"),
			new DemoCase(DisputeKind.NEIGHBOURS, LocalDate.of(2021, 10, 4), CaseStatus.SUCCEEDED,
					"Cây nhãn nhà bên vươn cành sang mái tôn, lá rụng làm tắc máng nước.", "Trịnh Văn Hòa",
					"Dương Thị Liên"),
			new DemoCase(DisputeKind.PROPERTY, LocalDate.of(2021, 11, 22), CaseStatus.SUCCEEDED,
					"Xe máy gửi nhờ bị trầy xước, hai bên tranh cãi về việc bồi thường.", "Phan Văn Đạt",
					"Nguyễn Thị Lựu"),
			new DemoCase(DisputeKind.MARRIAGE, LocalDate.of(2021, 12, 13), CaseStatus.WITHDRAWN,
					"Vợ chồng mâu thuẫn về kinh tế gia đình; người vợ rút yêu cầu sau khi hai bên tự thỏa thuận.",
					"Đỗ Văn Kiên", "Vũ Thị Thoa"),
			new DemoCase(DisputeKind.NEIGHBOURS, LocalDate.of(2022, 1, 10), CaseStatus.SUCCEEDED,
					"Để vật liệu xây dựng lấn lối đi chung của ngõ trong thời gian sửa nhà.", "Bùi Đức Mạnh",
					"Trần Thị Nhung"),
			new DemoCase(DisputeKind.LAND, LocalDate.of(2022, 2, 21), CaseStatus.FAILED,
					"Tranh chấp ranh giới đất giữa hai thửa liền kề, các bên đề nghị cơ quan có thẩm quyền giải quyết.",
					"Ngô Văn Bảy", "Lê Văn Tám"),
			new DemoCase(DisputeKind.OTHER_CIVIL, LocalDate.of(2022, 3, 14), CaseStatus.SUCCEEDED,
					"Mâu thuẫn giữa chủ nhà và người thuê về tiền điện nước khi trả phòng.", "Phạm Văn Hưng",
					"Đinh Thị Thu"),
			new DemoCase(DisputeKind.NEIGHBOURS, LocalDate.of(2022, 4, 4), CaseStatus.OPEN,
					"Hai hộ cãi vã về chỗ để xe trước cửa, một bên có lời đe dọa hành hung.", "Hoàng Văn Dũng",
					"Nguyễn Văn Cường"));

	private final JdbcClient jdbc;

	private final CaseWrites writes;

	private final ForcesCatalog forces;

	private final TipsCatalog tips;

	MediationDemoData(JdbcClient jdbc, CaseWrites writes, ForcesCatalog forces, TipsCatalog tips) {
		this.jdbc = jdbc;
		this.writes = writes;
		this.forces = forces;
		this.tips = tips;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long unit = this.jdbc.sql("SELECT MIN(id) FROM admin_unit WHERE code = '13639'").query(Long.class).single();
		if (unit == null) {
			return;
		}
		TeamSummary team = this.forces.teamsOf(unit)
			.stream()
			.filter((candidate) -> TeamKind.MEDIATION.equals(candidate.kind()))
			.findFirst()
			.orElse(null);
		if (team == null || this.jdbc.sql("SELECT COUNT(*) FROM mediation_case WHERE team_id = :team")
			.param("team", team.id())
			.query(Long.class)
			.single() > 0) {
			return;
		}
		List<TeamMember> members = this.forces.activeMembers(team.id());
		for (int i = 0; i < CASES.size(); i++) {
			DemoCase demo = CASES.get(i);
			Long first = members.get(i % members.size()).personId();
			Long second = members.get((i + 1) % members.size()).personId();
			CaseOpening opening = new CaseOpening(unit, team.id(), grounds(i), demo.kind(), demo.summary(),
					demo.received(),
					List.of(new PartyDetails(demo.first(), phone(i, 1), "Tổ dân phố, phường Vị Hoàng", false),
							new PartyDetails(demo.second(), phone(i, 2), "Tổ dân phố, phường Vị Hoàng", false)),
					List.of(first, second), Set.of());
			long id = this.writes.insertCase(opening, VietnamTime.startOf(demo.received()).plusSeconds(8 * 3600),
					members.get(0).accountId() != null ? members.get(0).accountId() : 0L);
			MediationCaseFacts facts = new MediationCaseFacts(id, unit, demo.kind().name(), demo.received());
			LocalDate held = demo.received().plusDays(1 + i % 3);
			this.writes.insertSession(facts, new SessionDetails(held, "Nhà văn hóa tổ dân phố",
					"Hai bên, hòa giải viên, tổ trưởng tổ dân phố", null));
			if (demo.outcome() == CaseStatus.OPEN) {
				escalate(facts, demo.received());
			}
			else {
				this.writes.close(facts, outcome(demo, held));
			}
		}
		log.info("Demo mediation loaded: {} cases of Vị Hoàng's mediation team", CASES.size());
	}

	private void escalate(MediationCaseFacts facts, LocalDate received) {
		long id = facts.caseId();
		long unit = facts.unitId();
		this.tips
			.locatedTips(unit, VietnamTime.startOf(LocalDate.of(2021, 1, 1)),
					VietnamTime.startOf(DemoData.AS_OF.plusMonths(1)))
			.stream()
			// a tip still being verified: linking it leaves its status as it is
			.filter((tip) -> ("fight".equals(tip.categoryCode()) || "domestic-violence".equals(tip.categoryCode()))
					&& tip.status() == TipStatus.VERIFYING)
			.reduce((a, b) -> b)
			.map(TipOverview::tipId)
			.ifPresent((tipId) -> {
				this.tips.link(SystemUser.INSTANCE, tipId, new TipLink("mediation", "case", id));
				this.writes.linkTip(facts, tipId, received.plusDays(1));
			});
	}

	private static CaseOutcome outcome(DemoCase demo, LocalDate held) {
		return switch (demo.outcome()) {
			case SUCCEEDED -> new CaseOutcome(CaseStatus.SUCCEEDED, held, "Các bên thống nhất, cam kết thực hiện.",
					new AgreementParts("Các bên yêu cầu hòa giải", demo.first() + " và " + demo.second(),
							demo.summary(), "Một buổi hòa giải tại nhà văn hóa tổ dân phố",
							"Các bên tự nguyện thỏa thuận, chấm dứt mâu thuẫn",
							"Các bên tôn trọng thỏa thuận, không tái diễn", "Thực hiện trong 15 ngày", true));
			case FAILED -> new CaseOutcome(CaseStatus.FAILED, held,
					"Các bên giữ nguyên yêu cầu; hướng dẫn đề nghị cơ quan có thẩm quyền giải quyết.", null);
			default -> new CaseOutcome(CaseStatus.WITHDRAWN, held, "Bên yêu cầu rút yêu cầu hòa giải.", null);
		};
	}

	private static Grounds grounds(int i) {
		return Grounds.values()[i % Grounds.values().length];
	}

	private static String phone(int i, int party) {
		return String.format("09%08d", (i * 7919L + party * 104_729L) % 100_000_000L);
	}

}
