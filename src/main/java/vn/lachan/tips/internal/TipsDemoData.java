package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.access.AccessCatalog;
import vn.lachan.access.AccountSummary;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;
import vn.lachan.tips.OutcomeKind;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.TipReceived;

/**
 * Vị Hoàng's tips from 2021 to the spring of 2022, so that the figures read as the
 * article: the residential security force gave 113 tips on crime and social evils, which
 * helped the ward police catch 3 drug-possession cases with 4 suspects, 2 gambling and 2
 * theft cases, and prevent 5 fights. The other tips were mediated, sanctioned,
 * transferred or found unfounded. Also the Open311 demo client.
 */
@Component
@Order(DemoData.ACCESS_ORDER + 20)
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "true")
class TipsDemoData implements ApplicationRunner {

	/** The Open311 key of the demo client, named in the README. */
	static final String OPEN311_DEMO_KEY = "demo-open311-key";

	static final int ARTICLE_TIPS = 113;

	private static final Logger log = LoggerFactory.getLogger(TipsDemoData.class);

	private static final String INVESTIGATION = "Cơ quan Cảnh sát điều tra Công an thành phố Nam Định";

	/**
	 * The tips beside the article's cases, by category: how many of each ends which way
	 * (unfounded, transferred, mediated, sanctioned, still open) and what reporters
	 * wrote. Drugs, gambling and theft tips that did not lead to an arrest were unfounded
	 * or went to the investigators; fights, noise and family quarrels were mediated; only
	 * the article's cases end in an arrest or a prevented fight.
	 */
	private static final List<Routine> ROUTINE = List.of(
			new Routine("suspicious-person", new int[] { 10, 2, 0, 0, 2 }, "Công an thành phố Nam Định",
					"Người lạ mặt nhiều lần đi lại, quan sát các nhà trong ngõ vào buổi tối",
					"Hai thanh niên đi xe máy không biển số lảng vảng gần chợ Vị Hoàng",
					"Người lạ hỏi thăm nhà có người già ở một mình"),
			new Routine("noise", new int[] { 4, 0, 8, 4, 0 }, null, "Hát karaoke gây ồn ào sau 22 giờ",
					"Quán ăn đêm mở nhạc to, khách tụ tập ồn ào quá nửa đêm",
					"Công trình xây dựng đổ bê tông gây ồn vào ban đêm"),
			new Routine("sidewalk-encroachment", new int[] { 4, 4, 0, 6, 0 },
					"Đội Quản lý trật tự đô thị thành phố Nam Định",
					"Hộ kinh doanh bày hàng lấn chiếm vỉa hè, người đi bộ phải xuống lòng đường",
					"Quán nước dựng mái che, kê bàn ghế chiếm hết vỉa hè",
					"Xe máy của khách quán ăn để tràn ra lòng đường"),
			new Routine("fight", new int[] { 3, 0, 7, 0, 0 }, null,
					"Hai gia đình hàng xóm cãi vã to tiếng vì tranh chấp lối đi",
					"Nhóm thanh niên uống rượu, lời qua tiếng lại có dấu hiệu xô xát",
					"Mâu thuẫn giữa hai hộ kinh doanh cạnh nhau về chỗ bày hàng"),
			new Routine("domestic-violence", new int[] { 0, 2, 5, 0, 1 }, "Công an thành phố Nam Định",
					"Nghe tiếng quát mắng, đập phá đồ đạc trong nhà hàng xóm",
					"Người con say rượu về nhà to tiếng, đe dọa bố mẹ"),
			new Routine("drugs", new int[] { 5, 4, 0, 0, 0 }, INVESTIGATION,
					"Nghi có người tụ tập sử dụng ma túy trong nhà trọ cuối ngõ",
					"Phát hiện bơm kim tiêm vứt ở bãi đất trống cạnh bờ sông",
					"Người lạ thường xuyên ra vào một căn nhà vào ban đêm, nghi mua bán ma túy"),
			new Routine("gambling", new int[] { 4, 3, 0, 0, 0 }, INVESTIGATION,
					"Nghi có nhóm người tụ tập đánh bài ăn tiền trong quán nước",
					"Có người ghi số đề tại quán tạp hóa"),
			new Routine("theft", new int[] { 4, 5, 0, 0, 0 }, INVESTIGATION, "Mất trộm xe đạp để trước cửa nhà",
					"Bị kẻ gian lấy trộm điện thoại khi đang bán hàng ở chợ",
					"Nghi đối tượng lạ bẻ khóa xe máy trong bãi gửi xe"),
			new Routine("fire-hazard", new int[] { 1, 2, 0, 3, 0 }, "Phòng Cảnh sát PCCC và CNCH Công an tỉnh Nam Định",
					"Hộ gia đình tích trữ nhiều bình gas và can xăng trong nhà",
					"Dây điện câu móc chằng chịt, có tia lửa ở cột điện đầu ngõ",
					"Xưởng gỗ không có bình chữa cháy, mùn cưa chất đống sát khu dân cư"),
			new Routine("other", new int[] { 5, 0, 2, 0, 1 }, null, "Chó thả rông không rọ mõm cắn người đi đường",
					"Cây xanh bị nghiêng, có nguy cơ đổ vào nhà dân sau mưa bão",
					"Nắp cống bị vỡ trên vỉa hè, nguy hiểm cho người đi đường"));

	private final TerritoryCatalog territory;

	private final AccessCatalog accounts;

	private final TipRepository tips;

	private final TipInserts inserts;

	private final ReceiptCodes receipts;

	private final DeadlineRules deadlines;

	private final ApiClients apiClients;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	TipsDemoData(TerritoryCatalog territory, AccessCatalog accounts, TipRepository tips, TipInserts inserts,
			ReceiptCodes receipts, DeadlineRules deadlines, ApiClients apiClients, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.territory = territory;
		this.accounts = accounts;
		this.tips = tips;
		this.inserts = inserts;
		this.receipts = receipts;
		this.deadlines = deadlines;
		this.apiClients = apiClients;
		this.events = events;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.apiClients.register("Ứng dụng Open311 mẫu", OPEN311_DEMO_KEY);
		if (this.tips.findByIdempotencyKey(key(1)).isPresent()) {
			return;
		}
		long viHoang = this.territory.findUnitByCode("13639", DemoData.AS_OF).orElseThrow().id();
		AccountSummary member = this.accounts.accountsOf(Role.FORCE_MEMBER, viHoang).get(0);
		AccountSummary officer = this.accounts.accountsOf(Role.WARD_OFFICER, viHoang).get(0);
		AccountSummary area = this.accounts.accountsOf(Role.AREA_OFFICER, viHoang).get(0);
		List<Long> groups = this.territory.groupsOf(viHoang).stream().map(ResidentialGroupSummary::id).toList();
		Actor reporter = new Actor(member.id(), member.displayName());
		Actor ward = new Actor(officer.id(), officer.displayName());
		List<Plan> plans = plans();
		Random random = new Random(2022);
		Instant first = LocalDate.of(2021, 1, 4).atTime(8, 0).atZone(VietnamTime.ZONE).toInstant();
		long spanMinutes = java.time.Duration
			.between(first, LocalDate.of(2022, 3, 31).atTime(17, 0).atZone(VietnamTime.ZONE).toInstant())
			.toMinutes();
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < plans.size(); i++) {
				Plan plan = plans.get(i);
				Instant received = first.plusSeconds(60 * (spanMinutes * i / plans.size()) + random.nextInt(3600));
				Long group = groups.isEmpty() ? null : groups.get(i % groups.size());
				BigDecimal lat = BigDecimal.valueOf(20.4374 + (random.nextDouble() - 0.5) * 0.006)
					.setScale(6, java.math.RoundingMode.HALF_UP);
				BigDecimal lon = BigDecimal.valueOf(106.1829 + (random.nextDouble() - 0.5) * 0.006)
					.setScale(6, java.math.RoundingMode.HALF_UP);
				Tip saved = Tip.receive(
						new Tip.Receiving(this.receipts.newCode(), null, key(i + 1), TipChannel.FIELD, received,
								member.id(), received),
						new Tip.Content(plan.category(), false, plan.description(), received.minusSeconds(1800), null,
								null, Circumstances.NONE),
						TipPlace.given(viHoang, group, "Tổ dân phố, phường Vị Hoàng", lat, lon),
						new TipReporter(ReporterKind.STAFF, member.id(), null, null, null),
						this.deadlines.deadlinesFor(received, false), reporter);
				this.inserts.insert(List.of(saved));
				this.events.publishEvent(new TipReceived(saved.facts()));
				close(saved, plan, ward, area, received);
				this.tips.save(saved);
			}
		});
		log.info("Demo tips loaded: {} tips of the security force of Vị Hoàng, 2021 to March 2022", plans.size());
	}

	private void close(Tip tip, Plan plan, Actor ward, AccountSummary area, Instant received) {
		Instant assigned = received.plusSeconds(3 * 3600);
		Actor areaActor = new Actor(area.id(), area.displayName());
		switch (plan.closing()) {
			case "unfounded" ->
				tip.reject(RejectionReason.UNFOUNDED, null, "Kiểm tra không có dấu hiệu vi phạm", ward, assigned);
			case "transfer" -> tip.transfer(plan.agency(), received.plusSeconds(20 * 3600), null, ward,
					received.plusSeconds(20 * 3600));
			case "open" -> {
				tip.assign(area.id(), null, area.displayName(), ward, assigned);
				tip.startVerification(areaActor, assigned.plusSeconds(1800), null);
			}
			default -> {
				tip.assign(area.id(), null, area.displayName(), ward, assigned);
				tip.startVerification(areaActor, assigned.plusSeconds(1800), null);
				tip.resolve(List.of(plan.outcome()), null, areaActor, received.plusSeconds(2 * 86400));
			}
		}
	}

	private static List<Plan> plans() {
		List<Plan> plans = new ArrayList<>();
		int[] drugSuspects = { 2, 1, 1 };
		for (int suspects : drugSuspects) {
			plans.add(resolved("drugs", "Phát hiện đối tượng tàng trữ trái phép chất ma túy",
					new TipOutcome(OutcomeKind.ARREST, "drug-possession", 1, suspects)));
		}
		for (int i = 0; i < 2; i++) {
			plans.add(resolved("gambling", "Nhóm người tụ tập đánh bạc",
					new TipOutcome(OutcomeKind.ARREST, "gambling", 1, 3)));
			plans.add(
					resolved("theft", "Đối tượng trộm cắp tài sản", new TipOutcome(OutcomeKind.ARREST, "theft", 1, 1)));
		}
		for (int i = 0; i < 5; i++) {
			plans.add(resolved("fight", "Mâu thuẫn có nguy cơ dẫn tới đánh nhau",
					new TipOutcome(OutcomeKind.PREVENTED, "fight", 1, 0)));
		}
		List<Plan> open = new ArrayList<>();
		for (Routine routine : ROUTINE) {
			int written = 0;
			for (int closing = 0; closing < routine.closings().length; closing++) {
				for (int n = 0; n < routine.closings()[closing]; n++) {
					String description = routine.texts()[written++ % routine.texts().length];
					switch (closing) {
						case 0 -> plans.add(new Plan(routine.category(), description, "unfounded", null, null));
						case 1 ->
							plans.add(new Plan(routine.category(), description, "transfer", null, routine.agency()));
						case 2 -> plans.add(resolved(routine.category(), description,
								new TipOutcome(OutcomeKind.MEDIATED, routine.category(), 1, 0)));
						case 3 -> plans.add(resolved(routine.category(), description,
								new TipOutcome(OutcomeKind.ADMINISTRATIVE_SANCTION, routine.category(), 1, 1)));
						default -> open.add(new Plan(routine.category(), description, "open", null, null));
					}
				}
			}
		}
		// Spread the article's cases over the period rather than at its start; the tips
		// still
		// being verified are the latest
		java.util.Collections.shuffle(plans, new Random(113));
		plans.addAll(open);
		if (plans.size() != ARTICLE_TIPS) {
			throw new IllegalStateException("The demo plans " + plans.size() + " tips, the article " + ARTICLE_TIPS);
		}
		return plans;
	}

	private static Plan resolved(String category, String description, TipOutcome outcome) {
		return new Plan(category, description, "resolved", outcome, null);
	}

	private static String key(int number) {
		return "demo:vihoang-tip-" + number;
	}

	private record Plan(String category, String description, String closing, TipOutcome outcome, String agency) {
	}

	/**
	 * @param closings how many end unfounded, transferred, mediated, sanctioned, still
	 * open
	 * @param agency where transferred tips went
	 */
	private record Routine(String category, int[] closings, String agency, String... texts) {
	}

}
