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

	private static final String[] ROUTINE = { "suspicious-person", "noise", "sidewalk-encroachment", "fight",
			"domestic-violence", "drugs", "gambling", "theft", "other", "fire-hazard" };

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
			case "transfer" -> tip.transfer("Cơ quan Cảnh sát điều tra Công an thành phố Nam Định",
					received.plusSeconds(20 * 3600), null, ward, received.plusSeconds(20 * 3600));
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
		int routine = 0;
		while (plans.size() < ARTICLE_TIPS) {
			String category = ROUTINE[routine % ROUTINE.length];
			String description = "Tin báo của bảo vệ dân phố số " + (routine + 1) + " về " + category;
			plans.add(switch (routine % 4) {
				case 0 -> new Plan(category, description, "unfounded", null);
				case 1 -> resolved(category, description, new TipOutcome(OutcomeKind.MEDIATED, category, 1, 0));
				case 2 -> resolved(category, description,
						new TipOutcome(OutcomeKind.ADMINISTRATIVE_SANCTION, category, 1, 1));
				default -> (routine % 8 == 3) ? new Plan(category, description, "transfer", null)
						: new Plan(category, description, "unfounded", null);
			});
			routine++;
		}
		// Spread the article's cases over the period rather than at its start
		java.util.Collections.shuffle(plans, new Random(113));
		return plans;
	}

	private static Plan resolved(String category, String description, TipOutcome outcome) {
		return new Plan(category, description, "resolved", outcome);
	}

	private static String key(int number) {
		return "demo:vihoang-tip-" + number;
	}

	private record Plan(String category, String description, String closing, TipOutcome outcome) {
	}

}
