package vn.lachan.cameras.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AuditAction;
import vn.lachan.access.AuditTrail;
import vn.lachan.cameras.CameraStatus;
import vn.lachan.cameras.CameraSummary;
import vn.lachan.cameras.CamerasChanged;
import vn.lachan.cameras.Ownership;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.RuleViolationException;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.AdminLevel;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Registers and changes cameras and their owners: staff entries within the staff's ward,
 * owners' own registrations (confirmed by the ward later) and what an owner does through
 * the private link. Every change is audited and published for the figures.
 */
@Service
@Transactional
public class CameraManagement {

	private final CameraRepository cameras;

	private final OwnerRepository owners;

	private final TerritoryCatalog territory;

	private final FieldEncryptor encryptor;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CameraManagement(CameraRepository cameras, OwnerRepository owners, TerritoryCatalog territory,
			FieldEncryptor encryptor, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.cameras = cameras;
		this.owners = owners;
		this.territory = territory;
		this.encryptor = encryptor;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Staff enter a camera of their ward; a private camera needs its owner. */
	public CameraSummary register(CurrentUser user, long unitId, CameraInput input, OwnerInput owner) {
		user.requireUnit(unitId, "unit", unitId);
		requireWard(unitId);
		checkAll(unitId, input, owner, true);
		Instant now = this.clock.instant();
		Long ownerId = null;
		if (!input.ownership().isPublic()) {
			ownerId = this.owners.save(Owner.register(unitId, owner, Links.hash(Links.newToken()), this.encryptor, now))
				.id();
		}
		Camera camera = this.cameras.save(Camera.register(unitId, ownerId, input, true, now));
		changed(user, camera, AuditAction.CAMERA_CHANGED, "registered");
		return camera.summary();
	}

	/** An owner registers their cameras without an account; the ward confirms them. */
	public OwnerRegistration registerOwner(long unitId, OwnerInput owner, List<CameraInput> inputs) {
		requireWard(unitId);
		List<FieldProblem> problems = new ArrayList<>();
		CameraRules.collect(owner, problems);
		if (inputs.isEmpty()) {
			problems.add(new FieldProblem("cameras", "NotEmpty", "cameras.error.no-camera"));
		}
		for (CameraInput input : inputs) {
			CameraRules.collect(input, problems);
			if (input.ownership() != null && input.ownership().isPublic()) {
				problems.add(new FieldProblem("ownership", "Private", "cameras.error.owner-public"));
			}
			checkGroup(unitId, input.groupId(), problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = this.clock.instant();
		String token = Links.newToken();
		Owner saved = this.owners.save(Owner.register(unitId, owner, Links.hash(token), this.encryptor, now));
		List<Long> ids = new ArrayList<>();
		for (CameraInput input : inputs) {
			Camera camera = this.cameras.save(Camera.register(unitId, saved.id(), input, false, now));
			ids.add(camera.id());
			changed(null, camera, AuditAction.CAMERA_CHANGED, "registered by owner");
		}
		return new OwnerRegistration(saved.id(), ids, token);
	}

	public CameraSummary change(CurrentUser user, long cameraId, CameraInput input) {
		Camera camera = find(user, cameraId);
		checkAll(camera.unitId(), input, null, false);
		if (input.ownership().isPublic() != camera.ownership().isPublic()) {
			throw new InvalidInputException(
					List.of(new FieldProblem("ownership", "Changed", "cameras.error.ownership-changed")));
		}
		camera.change(input, this.clock.instant());
		camera = this.cameras.save(camera);
		changed(user, camera, AuditAction.CAMERA_CHANGED, "changed");
		return camera.summary();
	}

	public CameraSummary check(CurrentUser user, long cameraId, CameraStatus found, LocalDate on) {
		Camera camera = find(user, cameraId);
		if (found == null || on == null || on.isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInputException(List.of(new FieldProblem("status", "NotNull", "cameras.error.check")));
		}
		camera.checked(found, on, this.clock.instant());
		camera = this.cameras.save(camera);
		changed(user, camera, AuditAction.CAMERA_CHANGED, "checked " + found);
		return camera.summary();
	}

	public CameraSummary confirm(CurrentUser user, long cameraId) {
		Camera camera = find(user, cameraId);
		camera.confirm(this.clock.instant());
		camera = this.cameras.save(camera);
		changed(user, camera, AuditAction.CAMERA_CHANGED, "confirmed");
		return camera.summary();
	}

	/** Staff record that the owner withdrew consent (by phone, in person). */
	public CameraSummary withdrawConsent(CurrentUser user, long cameraId) {
		Camera camera = find(user, cameraId);
		camera.withdrawConsent(this.clock.instant());
		camera = this.cameras.save(camera);
		changed(user, camera, AuditAction.CAMERA_CONSENT_WITHDRAWN, "withdrawn");
		return camera.summary();
	}

	/** What the owner's private link opens: that owner's cameras only. */
	@Transactional(readOnly = true)
	public OwnerView owner(String token) {
		Owner owner = ownerByLink(token);
		OwnerInput details = owner.details(this.encryptor);
		return new OwnerView(owner.id(), owner.unitId(), details.kind(), details.name(), details.contact(),
				details.email(), this.cameras.findByOwner(owner.id()).stream().map(Camera::summary).toList());
	}

	/** The owner changes one of their own cameras through the link. */
	public CameraSummary changeByOwner(String token, long cameraId, CameraInput input) {
		Owner owner = ownerByLink(token);
		Camera camera = this.cameras.findById(cameraId)
			.filter((candidate) -> owner.id().equals(candidate.ownerId()))
			.orElseThrow(() -> NotFoundException.of("camera", cameraId));
		CameraInput kept = new CameraInput(camera.ownership(), input.label(), input.address(), camera.groupId(),
				input.placeId(), input.latitude(), input.longitude(), input.bearing(), input.fieldOfView(),
				input.rangeMetres(), input.retentionDays(), input.status(), input.lastCheckedOn(), camera.installedOn(),
				input.footageRequestsAllowed(), input.liveViewAllowed());
		CameraRules.check(kept);
		camera.change(kept, this.clock.instant());
		camera = this.cameras.save(camera);
		changed(null, camera, AuditAction.CAMERA_CHANGED, "changed by owner");
		return camera.summary();
	}

	/**
	 * The owner withdraws: consent on every camera ends at once and the link opens
	 * nothing more.
	 */
	public void withdrawByOwner(String token) {
		Owner owner = ownerByLink(token);
		Instant now = this.clock.instant();
		for (Camera camera : this.cameras.findByOwner(owner.id())) {
			if (camera.consentWithdrawnAt() == null) {
				camera.withdrawConsent(now);
				camera = this.cameras.save(camera);
				changed(null, camera, AuditAction.CAMERA_CONSENT_WITHDRAWN, "withdrawn by owner");
			}
		}
		owner.withdraw(now);
		this.owners.save(owner);
	}

	private Owner ownerByLink(String token) {
		Owner owner = (token == null || token.isBlank()) ? null
				: this.owners.findByLinkHash(Links.hash(token)).orElse(null);
		if (owner == null) {
			throw NotFoundException.of("owner-link", "");
		}
		if (owner.withdrawn()) {
			throw new RuleViolationException("owner-link-withdrawn", "The owner withdrew; the link is closed");
		}
		return owner;
	}

	Camera find(CurrentUser user, long cameraId) {
		Camera camera = this.cameras.findById(cameraId).orElseThrow(() -> NotFoundException.of("camera", cameraId));
		user.require(camera.unitId(), camera.groupId(), "camera", cameraId);
		return camera;
	}

	private void checkAll(long unitId, CameraInput input, OwnerInput owner, boolean requireOwner) {
		List<FieldProblem> problems = new ArrayList<>();
		CameraRules.collect(input, problems);
		if (requireOwner && input.ownership() != null && !input.ownership().isPublic()) {
			CameraRules.collect((owner != null) ? owner : new OwnerInput(null, null, null, null), problems);
		}
		checkGroup(unitId, input.groupId(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void checkGroup(long unitId, Long groupId, List<FieldProblem> problems) {
		if (groupId != null && this.territory.findGroup(groupId)
			.map(ResidentialGroupSummary::unitId)
			.filter((unit) -> unit == unitId)
			.isEmpty()) {
			problems.add(new FieldProblem("groupId", "Group", "cameras.error.group"));
		}
	}

	private void requireWard(long unitId) {
		AdminUnitSummary unit = this.territory.findUnit(unitId)
			.filter((candidate) -> candidate.level() == AdminLevel.COMMUNE)
			.orElse(null);
		if (unit == null) {
			throw new InvalidInputException(List.of(new FieldProblem("unitId", "Ward", "cameras.error.unit")));
		}
	}

	private void changed(CurrentUser user, Camera camera, AuditAction action, String detail) {
		this.audit.record(action, user, "camera", camera.id(), detail);
		this.events.publishEvent(new CamerasChanged(List.of(camera.line())));
	}

}
