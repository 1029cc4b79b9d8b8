package vn.lachan.residence.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.residence.AccommodationSummary;
import vn.lachan.residence.StaysNotified;
import vn.lachan.shared.ConflictException;
import vn.lachan.shared.imports.RowProblem;
import vn.lachan.shared.security.CurrentUser;

/**
 * Takes in stay notifications from the host's page, the API and uploaded files alike. A
 * submission is all or nothing: with one bad row, nothing is stored and every bad row is
 * reported. A repeated submission (same Idempotency-Key, same file) stores nothing, and a
 * guest already stored for the same accommodation and arrival is not stored twice.
 */
@Service
public class StayIntake {

	private static final Logger log = LoggerFactory.getLogger(StayIntake.class);

	private final StayRepository stays;

	private final StayDeadlineRuleQueries rules;

	private final AccommodationRepository accommodations;

	private final ResidenceScope scope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StayIntake(StayRepository stays, StayDeadlineRuleQueries rules, AccommodationRepository accommodations,
			ResidenceScope scope, ApplicationEventPublisher events, Clock clock) {
		this.stays = stays;
		this.rules = rules;
		this.accommodations = accommodations;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Declares guests.
	 * @param user who declares them: a host of each accommodation, or staff in scope
	 * @param channel how
	 * @param guests the guests, as entered
	 * @param submissionKey the Idempotency-Key or file key; {@code null} for none
	 * @param payloadHash a hash of the submission's content, to tell a replay from a
	 * different submission reusing a key
	 * @throws GuestRowsRejected when a row is bad (nothing is stored)
	 */
	@Transactional
	public DeclarationOutcome declare(CurrentUser user, Channel channel, List<GuestInput> guests, String submissionKey,
			String payloadHash) {
		return declare(user, channel, guests, guestNumbers(guests.size()), submissionKey, payloadHash);
	}

	/**
	 * Declares the guests of a file (channel {@link Channel#IMPORT}), keyed by the file's
	 * hash: problems name the rows as the spreadsheet shows them.
	 * @throws GuestRowsRejected when a row is bad (nothing is stored)
	 */
	@Transactional
	public DeclarationOutcome declare(CurrentUser user, StayFiles.Content file) {
		return declare(user, Channel.IMPORT, file.rows(), file.rowNumbers(), "file:" + file.sha256(), file.sha256());
	}

	private DeclarationOutcome declare(CurrentUser user, Channel channel, List<GuestInput> guests,
			List<Long> rowNumbers, String submissionKey, String payloadHash) {
		if (submissionKey != null) {
			Optional<StayRepository.Submission> earlier = this.stays.findSubmission(user.accountId(), submissionKey);
			if (earlier.isPresent()) {
				if (payloadHash != null && !payloadHash.equals(earlier.get().payloadHash())) {
					throw new ConflictException("residence.submission-key-reused", "Idempotency key reused");
				}
				List<Receipt> receipts = earlier.get()
					.notificationIds()
					.stream()
					.map(this.stays::receipt)
					.flatMap(Optional::stream)
					.toList();
				return new DeclarationOutcome(receipts, earlier.get().rows(), 0, earlier.get().rows(), true);
			}
		}
		Instant now = this.clock.instant();
		long started = System.nanoTime();
		List<ParsedGuest> parsed = parse(user, guests, rowNumbers, now);
		long checked = System.nanoTime();
		Map<Long, List<ParsedGuest>> byAccommodation = new LinkedHashMap<>();
		parsed.forEach((guest) -> byAccommodation.computeIfAbsent(guest.accommodationId(), (id) -> new ArrayList<>())
			.add(guest));
		StayDeadlineRules deadlineRules = this.rules.current();
		List<Receipt> receipts = new ArrayList<>();
		int added = 0;
		for (Map.Entry<Long, List<ParsedGuest>> entry : byAccommodation.entrySet()) {
			AccommodationSummary accommodation = this.accommodations.find(entry.getKey()).orElseThrow();
			Receipt notification = this.stays.insertNotification(accommodation, channel, user.accountId(), now);
			int inserted = this.stays.insertStays(notification.notificationId(), accommodation, entry.getValue(),
					deadlineRules, now);
			if (inserted == 0) {
				this.stays.deleteNotification(notification.notificationId());
				continue;
			}
			added += inserted;
			Receipt receipt = this.stays.receipt(notification.notificationId()).orElseThrow();
			receipts.add(receipt);
			this.accommodations.touch(accommodation.id(), now);
			this.events.publishEvent(new StaysNotified(receipt.notificationId(), accommodation.id(),
					accommodation.unitId(), accommodation.groupId(), receipt.guests(),
					this.stays.foreigners(receipt.notificationId()), receipt.late(), now, 0, 0));
		}
		log.info("Stay submission ({}): {} rows checked in {} ms, {} stored in {} ms", channel, guests.size(),
				(checked - started) / 1_000_000, added, (System.nanoTime() - checked) / 1_000_000);
		if (submissionKey != null) {
			this.stays.saveSubmission(user.accountId(), submissionKey, (payloadHash != null) ? payloadHash : "",
					guests.size(), receipts.stream().map(Receipt::notificationId).toList(), added, now);
		}
		return new DeclarationOutcome(receipts, guests.size(), added, guests.size() - added, false);
	}

	/**
	 * Checks every row and the caller's right to each accommodation; all problems at
	 * once.
	 */
	List<ParsedGuest> parse(CurrentUser user, List<GuestInput> guests, List<Long> rowNumbers, Instant now) {
		List<RowProblem> problems = new ArrayList<>();
		List<ParsedGuest> parsed = new ArrayList<>(guests.size());
		Map<Long, Optional<AccommodationSummary>> usable = new HashMap<>();
		if (guests.isEmpty()) {
			problems.add(new RowProblem(1, StayFiles.FULL_NAME.header(), "residence.guest.none", List.of()));
		}
		for (int i = 0; i < guests.size(); i++) {
			GuestInput input = guests.get(i);
			long row = rowNumbers.get(i);
			ParsedGuest guest = GuestRowParser.parse(input, row, now, problems);
			if (guest == null) {
				continue;
			}
			Optional<AccommodationSummary> accommodation = usable.computeIfAbsent(guest.accommodationId(),
					(id) -> this.accommodations.find(id).filter((a) -> this.scope.canUse(user, a)));
			if (accommodation.isEmpty()) {
				problems.add(new RowProblem(row, StayFiles.ACCOMMODATION.header(),
						"residence.guest.accommodation.unknown", List.of()));
				continue;
			}
			parsed.add(guest);
		}
		if (!problems.isEmpty()) {
			throw new GuestRowsRejected(problems, guests.size(), rowNumbers);
		}
		return parsed;
	}

	/** The guests of a form or request, numbered from 1. */
	private static List<Long> guestNumbers(int count) {
		return java.util.stream.LongStream.rangeClosed(1, count).boxed().toList();
	}

}
