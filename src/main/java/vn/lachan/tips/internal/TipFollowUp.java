package vn.lachan.tips.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.shared.NotFoundException;
import vn.lachan.tips.TipStatus;

/**
 * The reporter's side of a tip, opened with its receipt code and secret. A wrong secret
 * answers exactly as an unknown receipt does.
 */
@Service
@Transactional
public class TipFollowUp {

	private final TipRepository tips;

	private final Clock clock;

	private final Duration followUp;

	TipFollowUp(TipRepository tips, Clock clock, @Value("${lachan.tips.follow-up-days:14}") int followUpDays) {
		this.tips = tips;
		this.clock = clock;
		this.followUp = Duration.ofDays(Math.max(0, followUpDays));
	}

	@Transactional(readOnly = true)
	public TrackedTip track(String receipt, String secret) {
		return view(open(receipt, secret));
	}

	public TrackedTip answer(String receipt, String secret, String body) {
		Tip tip = open(receipt, secret);
		TipInput input = new TipInput();
		String text = input.text("body", body, TipInput.MESSAGE_MAX, true);
		input.throwIfAny();
		tip.answer(text, this.clock.instant(), this.followUp);
		return view(this.tips.save(tip));
	}

	private Tip open(String receipt, String secret) {
		String code = (receipt != null) ? receipt.strip().toUpperCase(java.util.Locale.ROOT) : "";
		Tip tip = (code.length() <= 20) ? this.tips.findByReceiptCode(code).orElse(null) : null;
		boolean matches = ReceiptCodes.matches(secret, (tip != null) ? tip.secretHash() : null);
		if (tip == null || !matches) {
			throw NotFoundException.of("receipt", "?");
		}
		return tip;
	}

	private TrackedTip view(Tip tip) {
		boolean resolved = tip.status() == TipStatus.RESOLVED && tip.closedAt() != null;
		return new TrackedTip(tip.receiptCode(), tip.categoryCode(), tip.status(), !tip.status().isOpen(),
				tip.receivedAt(), tip.updatedAt(), resolved ? tip.publicOutcome() : null,
				tip.mayAnswer(this.clock.instant(), this.followUp),
				resolved ? tip.closedAt().plus(this.followUp) : null,
				tip.messages()
					.stream()
					.map((message) -> new TrackedTip.Message(message.author().name(), message.at(), message.body()))
					.toList());
	}

	/**
	 * What the reporter sees: status, the outcome the ward published, whether the
	 * reporter may still write (and until when after resolution), and the thread; nothing
	 * about who works on it.
	 */
	public record TrackedTip(String receipt, String categoryCode, TipStatus status, boolean closed, Instant receivedAt,
			Instant updatedAt, String publicOutcome, boolean mayAnswer, Instant answersUntil, List<Message> messages) {

		/**
		 * One message of the thread.
		 */
		public record Message(String author, Instant at, String body) {
		}

	}

}
