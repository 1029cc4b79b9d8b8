package vn.lachan.residence.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.lachan.residence.AccommodationKind;
import vn.lachan.residence.AccommodationSummary;
import vn.lachan.residence.StayFilter;
import vn.lachan.residence.StayView;
import vn.lachan.residence.TemporaryResidenceView;
import vn.lachan.residence.internal.AccommodationInput;
import vn.lachan.residence.internal.Channel;
import vn.lachan.residence.internal.DeclarationOutcome;
import vn.lachan.residence.internal.GuestDetails;
import vn.lachan.residence.internal.GuestInput;
import vn.lachan.residence.internal.GuestRowsRejected;
import vn.lachan.residence.internal.PersonQuery;
import vn.lachan.residence.internal.PersonSearchResult;
import vn.lachan.residence.internal.StayFiles;
import vn.lachan.residence.internal.StayIntake;
import vn.lachan.residence.internal.StayManagement;
import vn.lachan.residence.internal.TemporaryResidenceInput;
import vn.lachan.residence.internal.TemporaryResidenceManagement;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.imports.ProblemLine;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;

/**
 * Stay notifications, accommodations, person search and temporary residence. Searches and
 * views of a person are POSTs, so that no personal data travels in a URL.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Residence", description = "Accommodations, stay notifications, temporary residence, person search")
class ResidenceApiController {

	private final StayIntake intake;

	private final StayManagement stays;

	private final TemporaryResidenceManagement residences;

	private final MessageSource messages;

	ResidenceApiController(StayIntake intake, StayManagement stays, TemporaryResidenceManagement residences,
			MessageSource messages) {
		this.messages = messages;
		this.intake = intake;
		this.stays = stays;
		this.residences = residences;
	}

	/**
	 * Guests to declare, at one or more of the caller's accommodations.
	 */
	record StayRequest(@NotNull @Size(min = 1, max = 10000) List<GuestInput> guests) {
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping("/stays")
	@Operation(summary = "Declare guests; all or nothing; repeat-safe with an Idempotency-Key header")
	ResponseEntity<DeclarationOutcome> declare(CurrentUser user, @Valid @RequestBody StayRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key) {
		String hash = StayFiles.sha256(request.guests().toString());
		DeclarationOutcome outcome = this.intake.declare(user, Channel.API, request.guests(),
				(key != null && !key.isBlank()) ? "api:" + key.strip() : null, hash);
		return ResponseEntity.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(outcome);
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping(path = "/stays/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Declare guests from a CSV or XLSX file; all rows valid or nothing stored")
	ResponseEntity<DeclarationOutcome> importFile(CurrentUser user, @RequestPart("file") MultipartFile file)
			throws IOException {
		StayFiles.Content content;
		try {
			content = StayFiles.read(file.getBytes());
		}
		catch (GuestRowsRejected ex) {
			// a file's problems take arguments (the accepted types, a column's header)
			throw new InvalidInputException(
					ProblemLine.of(ex.problems(), this.messages, LocaleContextHolder.getLocale())
						.stream()
						.map((line) -> new FieldProblem("file", line.code(), line.message()))
						.toList());
		}
		DeclarationOutcome outcome = this.intake.declare(user, content);
		return ResponseEntity.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(outcome);
	}

	@GetMapping("/stays")
	@Operation(summary = "Stays within the caller's scope")
	PageResult<StayView> list(CurrentUser user, @RequestParam(required = false) Long group,
			@RequestParam(required = false) Long accommodation, @RequestParam(defaultValue = "false") boolean present,
			@RequestParam(defaultValue = "false") boolean foreign, @RequestParam(defaultValue = "false") boolean late,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.stays.list(user, new StayFilter(group, accommodation, present, foreign, late),
				PageQuery.of(page, size));
	}

	@GetMapping("/stays/{id}")
	@Operation(summary = "One stay, without the ID number")
	StayView stay(CurrentUser user, @PathVariable long id) {
		return this.stays.stay(user, id);
	}

	record Purpose(String purpose) {
	}

	@PostMapping("/stays/{id}/view")
	@Operation(summary = "A guest's details with the ID number, for staff stating a purpose (audited)")
	GuestDetails view(CurrentUser user, @PathVariable long id, @RequestBody Purpose purpose) {
		return this.stays.viewGuest(user, id, purpose.purpose());
	}

	record Departure(Instant departedAt) {
	}

	@PostMapping("/stays/{id}/departure")
	@Operation(summary = "Record that a guest left (now, unless departedAt is given)")
	StayView depart(CurrentUser user, @PathVariable long id, @RequestBody(required = false) Departure departure) {
		return this.stays.depart(user, id, (departure != null) ? departure.departedAt() : null);
	}

	@GetMapping("/stay-notifications/{id}")
	@Operation(summary = "The guests of one notification")
	PageResult<StayView> notification(CurrentUser user, @PathVariable long id,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// the guests of one declaration, fixed once it is sent: paged in memory
		return PageResult.slice(this.stays.notification(user, id), PageQuery.of(page, size));

	}

	@PostMapping("/persons/search")
	@Operation(summary = "Find a person's stays and temporary residences by exact ID number, or by name and date "
			+ "of birth; a purpose is required and the search is audited")
	PersonSearchResult search(CurrentUser user, @RequestBody PersonQuery query) {
		return this.stays.search(user, query);
	}

	/** Rooms, beds, hosts and foreign guests may be left out: none, no one, no. */
	record AccommodationRequest(@NotNull AccommodationKind kind, String name, String address, @NotNull Long unitId,
			Long groupId, Integer rooms, Integer beds, Set<Long> hostIds, Long officerId, Boolean foreignGuests) {

		AccommodationInput toInput() {
			return new AccommodationInput(this.kind, this.name, this.address, this.unitId, this.groupId,
					(this.rooms != null) ? this.rooms : 0, (this.beds != null) ? this.beds : 0,
					(this.hostIds != null) ? this.hostIds : Set.of(), this.officerId,
					Boolean.TRUE.equals(this.foreignGuests));
		}

	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping("/accommodations")
	@Operation(summary = "Register an accommodation (ward staff)")
	ResponseEntity<AccommodationSummary> register(CurrentUser user, @Valid @RequestBody AccommodationRequest request) {
		AccommodationSummary saved = this.stays.registerAccommodation(user, request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/accommodations/" + saved.id())).body(saved);
	}

	/**
	 * A change names the version it was made from; the ward stays the accommodation's.
	 */
	record AccommodationChange(@NotNull Integer version, @NotNull AccommodationKind kind, String name, String address,
			Long groupId, Integer rooms, Integer beds, Set<Long> hostIds, Long officerId, Boolean foreignGuests) {

		/**
		 * The change as a registration; its ward is ignored, the accommodation keeps its
		 * own.
		 */
		AccommodationRequest asRequest() {
			return new AccommodationRequest(this.kind, this.name, this.address, 0L, this.groupId, this.rooms, this.beds,
					this.hostIds, this.officerId, this.foreignGuests);
		}

	}

	@PutMapping("/accommodations/{id}")
	@Operation(summary = "Change a registered accommodation (ward staff); the ward stays, the version must be the "
			+ "current one (409 otherwise)")
	AccommodationSummary update(CurrentUser user, @PathVariable long id,
			@Valid @RequestBody AccommodationChange change) {
		return this.stays.updateAccommodation(user, id, change.version(), change.asRequest().toInput());
	}

	@GetMapping("/accommodations")
	@Operation(summary = "Accommodations: a host's own, or those within a staff member's scope")
	PageResult<AccommodationSummary> accommodations(CurrentUser user,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		return this.stays.accommodations(user, PageQuery.of(page, size));
	}

	@GetMapping("/accommodations/{id}")
	@Operation(summary = "One accommodation")
	AccommodationSummary accommodation(CurrentUser user, @PathVariable long id) {
		return this.stays.accommodation(user, id);
	}

	@ApiResponse(responseCode = "201", description = "Created")
	@PostMapping("/temporary-residences")
	@Operation(summary = "Register a temporary residence (term up to two years)")
	ResponseEntity<TemporaryResidenceView> registerResidence(CurrentUser user,
			@RequestBody TemporaryResidenceInput input) {
		TemporaryResidenceView saved = this.residences.register(user, input);
		return ResponseEntity.created(URI.create("/api/v1/temporary-residences/" + saved.id())).body(saved);
	}

	@GetMapping("/temporary-residences")
	@Operation(summary = "Active temporary residences within scope, optionally only those ending within days")
	PageResult<TemporaryResidenceView> residences(CurrentUser user,
			@RequestParam(required = false) Integer endingWithinDays, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.residences.list(user, endingWithinDays, PageQuery.of(page, size));
	}

	record Renewal(LocalDate endsOn) {
	}

	@PostMapping("/temporary-residences/{id}/renewal")
	@Operation(summary = "Renew a temporary residence")
	TemporaryResidenceView renew(CurrentUser user, @PathVariable long id, @RequestBody Renewal renewal) {
		return this.residences.renew(user, id, renewal.endsOn());
	}

	@PostMapping("/temporary-residences/{id}/end")
	@Operation(summary = "End a temporary residence")
	TemporaryResidenceView end(CurrentUser user, @PathVariable long id) {
		return this.residences.end(user, id);
	}

}
