package vn.lachan.cameras.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AuditAction;
import vn.lachan.access.AuditTrail;
import vn.lachan.cameras.FootageRequestStatus;
import vn.lachan.cameras.ProvideMethod;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.tips.TipOverview;
import vn.lachan.tips.TipsCatalog;

/**
 * Footage requests bound to a tip: the cameras to suggest, one request per chosen owner
 * with a private link (mailed where the owner gave an address), the owner's answer, and
 * expiry before the recording is gone. Every step is in the audit trail; a decline is
 * counted, never shown with its camera or owner.
 */
@Service
@Transactional
public class FootageRequests {

	private final TipsCatalog tips;

	private final CameraRepository cameras;

	private final OwnerRepository owners;

	private final FootageRequestRepository requests;

	private final FootageMail mail;

	private final FieldEncryptor encryptor;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FootageRequests(TipsCatalog tips, CameraRepository cameras, OwnerRepository owners,
			FootageRequestRepository requests, FootageMail mail, FieldEncryptor encryptor, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.tips = tips;
		this.cameras = cameras;
		this.owners = owners;
		this.requests = requests;
		this.mail = mail;
		this.encryptor = encryptor;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public TipOverview tip(CurrentUser user, long tipId) {
		return this.tips.tip(user, tipId);
	}

	/**
	 * The cameras of the tip's ward that are active and confirmed, whose cone holds the
	 * tip's point and whose retention still holds the incident time (the time received
	 * when none was given); owners' cameras only while they consent to requests.
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggestions(CurrentUser user, long tipId) {
		TipOverview tip = this.tips.tip(user, tipId);
		if (tip.latitude() == null || tip.longitude() == null) {
			return List.of();
		}
		Instant incident = (tip.occurredAt() != null) ? tip.occurredAt() : tip.receivedAt();
		Instant now = this.clock.instant();
		List<Suggestion> suggestions = new ArrayList<>();
		for (Camera camera : this.cameras.findByUnit(tip.unitId())) {
			if (camera.status() != vn.lachan.cameras.CameraStatus.ACTIVE || camera.confirmedAt() == null
					|| !camera.retains(incident, now) || !camera.cone().covers(tip.latitude(), tip.longitude())) {
				continue;
			}
			if (camera.ownership().isPublic()) {
				suggestions.add(new Suggestion(camera.summary(), false));
			}
			else if (camera.requestable()) {
				suggestions.add(new Suggestion(camera.summary(), true));
			}
		}
		return suggestions;
	}

	/** Sends one request per chosen camera; rejects the whole lot on any fault. */
	public List<SentLink> send(CurrentUser user, long tipId, RequestSending sending) {
		TipOverview tip = this.tips.tip(user, tipId);
		Instant now = this.clock.instant();
		List<FieldProblem> problems = new ArrayList<>();
		if (sending.windowFrom() == null || sending.windowTo() == null
				|| !sending.windowTo().isAfter(sending.windowFrom())) {
			problems.add(new FieldProblem("windowTo", "Window", "cameras.error.window-order"));
		}
		else if (Duration.between(sending.windowFrom(), sending.windowTo()).compareTo(FootageRequest.MAX_WINDOW) > 0) {
			problems.add(new FieldProblem("windowTo", "Window", "cameras.error.window-length"));
		}
		else if (sending.windowFrom().isAfter(now)) {
			problems.add(new FieldProblem("windowFrom", "Window", "cameras.error.window-future"));
		}
		if (sending.cameraIds().isEmpty()) {
			problems.add(new FieldProblem("cameraIds", "NotEmpty", "cameras.error.no-camera-chosen"));
		}
		Map<Long, Suggestion> suggested = suggestions(user, tipId).stream()
			.filter(Suggestion::requestable)
			.collect(Collectors.toMap((suggestion) -> suggestion.camera().id(), Function.identity()));
		List<Camera> chosen = new ArrayList<>();
		for (Long cameraId : sending.cameraIds().stream().distinct().toList()) {
			if (!suggested.containsKey(cameraId)) {
				problems.add(new FieldProblem("cameraIds", "Suggested", "cameras.error.camera-not-suggested"));
				break;
			}
			chosen.add(this.cameras.findById(cameraId).orElseThrow());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		for (Camera camera : chosen) {
			if (!sending.windowFrom()
				.plus(Duration.ofDays(camera.retentionDays()))
				.minus(FootageRequest.MARGIN)
				.isAfter(now)) {
				throw new RuleViolationException("footage-recording-gone",
						"The recording of the window is no longer kept");
			}
		}
		List<SentLink> sent = new ArrayList<>();
		for (Camera camera : chosen) {
			String token = Links.newToken();
			FootageRequest request = this.requests.save(FootageRequest.send(tipId, tip.categoryCode(), tip.address(),
					camera, sending.windowFrom(), sending.windowTo(), Links.hash(token), user.accountId(), now));
			Owner owner = this.owners.findById(camera.ownerId()).orElseThrow();
			if (this.mail.send(owner.email(this.encryptor), request, token)) {
				request.mailed();
				request = this.requests.save(request);
			}
			this.audit.record(AuditAction.FOOTAGE_REQUEST_SENT, user, "footage-request", request.id(),
					"tip " + tipId + ", camera " + camera.id());
			this.events.publishEvent(request.changed());
			sent.add(new SentLink(request.id(), camera.id(), token, request.wasMailed()));
		}
		return sent;
	}

	/** The requests of a tip, as staff see them: declines without camera. */
	@Transactional(readOnly = true)
	public List<SentRequest> ofTip(CurrentUser user, long tipId) {
		this.tips.tip(user, tipId);
		return this.requests.findByTip(tipId).stream().map(this::staffView).toList();
	}

	/** One page of a tip's footage requests, paged in the database. */
	@Transactional(readOnly = true)
	public PageResult<SentRequest> ofTip(CurrentUser user, long tipId, PageQuery page) {
		this.tips.tip(user, tipId);
		long total = this.requests.countByTip(tipId);
		List<SentRequest> items = (total <= page.offset()) ? List.of()
				: this.requests.findByTip(tipId, page.size(), page.offset()).stream().map(this::staffView).toList();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	@Transactional(readOnly = true)
	public SentRequest request(CurrentUser user, long requestId) {

		FootageRequest request = this.requests.findById(requestId)
			.orElseThrow(() -> NotFoundException.of("footage-request", requestId));
		user.requireUnit(request.unitId(), "footage-request", requestId);
		return staffView(request);
	}

	@Transactional(readOnly = true)
	public List<SentRequest> recent(CurrentUser user) {
		if (user.unitIds().isEmpty() && !user.unrestricted()) {
			return List.of();
		}
		List<FootageRequest> found = user.unrestricted() ? this.requests.findAll()
				: this.requests.findRecent(user.unitIds());
		return found.stream()
			.sorted(Comparator.comparing(FootageRequest::sentAt).reversed())
			.limit(200)
			.map(this::staffView)
			.toList();
	}

	private SentRequest staffView(FootageRequest request) {
		boolean declined = request.status() == FootageRequestStatus.DECLINED;
		String label = declined ? null : this.cameras.findById(request.cameraId()).map(Camera::label).orElse(null);
		return new SentRequest(request.id(), request.unitId(), request.tipId(), declined ? null : request.cameraId(),
				label, request.windowFrom(), request.windowTo(), request.sentAt(), request.expiresAt(),
				request.status(), request.provideMethod(), request.answeredAt(), request.wasMailed());
	}

	/** What the owner's link shows. */
	public OwnerRequestView forOwner(String token) {
		FootageRequest request = byLink(token);
		if (request.expireIfDue(this.clock.instant())) {
			request = expired(request);
		}
		String label = this.cameras.findById(request.cameraId()).map(Camera::label).orElse(null);
		return new OwnerRequestView(request.categoryCode(), request.place(), label, request.windowFrom(),
				request.windowTo(), request.expiresAt(), request.status(), request.provideMethod());
	}

	public void provide(String token, ProvideMethod method) {
		FootageRequest request = byLink(token);
		if (method == null) {
			throw new InvalidInputException(List.of(new FieldProblem("method", "NotNull", "cameras.error.method")));
		}
		answer(request, (now) -> request.provide(method, now), "provided " + method);
	}

	public void decline(String token) {
		FootageRequest request = byLink(token);
		answer(request, request::decline, "declined");
	}

	private void answer(FootageRequest request, java.util.function.Consumer<Instant> action, String detail) {
		Instant now = this.clock.instant();
		if (request.expireIfDue(now)) {
			expired(request);
			throw new RuleViolationException("footage-request-expired", "The request has expired");
		}
		action.accept(now);
		FootageRequest saved = this.requests.save(request);
		this.audit.record(AuditAction.FOOTAGE_REQUEST_ANSWERED, null, "footage-request", saved.id(),
				detail.startsWith("declined") ? "answered" : detail);
		this.events.publishEvent(saved.changed());
	}

	/** Marks due requests expired; how many. */
	public int expireDue() {
		int count = 0;
		for (FootageRequest request : this.requests.findDue(this.clock.instant())) {
			if (request.expireIfDue(this.clock.instant())) {
				expired(request);
				count++;
			}
		}
		return count;
	}

	private FootageRequest expired(FootageRequest request) {
		FootageRequest saved = this.requests.save(request);
		this.audit.record(AuditAction.FOOTAGE_REQUEST_EXPIRED, null, "footage-request", saved.id(), "expired");
		this.events.publishEvent(saved.changed());
		return saved;
	}

	private FootageRequest byLink(String token) {
		if (token == null || token.isBlank()) {
			throw NotFoundException.of("footage-request", "");
		}
		return this.requests.findByLinkHash(Links.hash(token))
			.orElseThrow(() -> NotFoundException.of("footage-request", ""));
	}

}
