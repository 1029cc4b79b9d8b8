package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.lachan.tips.TipChannel;

/**
 * Tips in a given state, for unit tests.
 */
final class TipFixtures {

	static final Actor OFFICER = new Actor(7L, "Cán bộ phường");

	private TipFixtures() {
	}

	static Tip received(DeadlinePolicy policy, Instant at, boolean urgent) {
		return Tip.receive(
				new Tip.Receiving("LC-TEST-" + at.getEpochSecond() % 10000, ReceiptCodes.hash("SECRET"), null,
						TipChannel.WEB, at, null, at),
				new Tip.Content("fight", urgent, "Có đánh nhau", at, null, null, Circumstances.NONE),
				TipPlace.given(1L, null, "Chợ", new BigDecimal("20.437400"), new BigDecimal("106.182900")),
				new TipReporter(ReporterKind.ANONYMOUS, null, null, null, null), policy.deadlinesFor(at, urgent),
				Actor.REPORTER);
	}

	static void assign(Tip tip, Instant at) {
		tip.assign(9L, null, "Cảnh sát khu vực", OFFICER, at);
	}

	static void verify(Tip tip, Instant at) {
		tip.startVerification(OFFICER, at, null);
	}

	static void resolve(Tip tip, Instant at, List<TipOutcome> outcomes) {
		tip.resolve(outcomes, null, OFFICER, at);
	}

	static void verifyAndResolve(Tip tip, Instant at, List<TipOutcome> outcomes) {
		verify(tip, at);
		resolve(tip, at.plusSeconds(60), outcomes);
	}

}
