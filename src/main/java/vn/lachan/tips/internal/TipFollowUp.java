package vn.lachan.tips.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

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

	TipFollowUp(TipRepository tips, Clock clock) {
		this.tips = tips;
		this.clock = clock;
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
		tip.answer(text, this.clock.instant());
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

	private static TrackedTip view(Tip tip) {
		return new TrackedTip(tip.receiptCode(), tip.categoryCode(), tip.status(), !tip.status().isOpen(),
				tip.receivedAt(), tip.updatedAt(),
				tip.messages()
					.stream()
					.map((message) -> new TrackedTip.Message(message.author().name(), message.at(), message.body()))
					.toList());
	}

	/**
	 * What the reporter sees: status and the thread, nothing about who works on it.
	 */
	public record TrackedTip(String receipt, String categoryCode, TipStatus status, boolean closed, Instant receivedAt,
			Instant updatedAt, List<Message> messages) {

		/**
		 * One message of the thread.
		 */
		public record Message(String author, Instant at, String body) {
		}

	}

}
