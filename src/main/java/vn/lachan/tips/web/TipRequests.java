package vn.lachan.tips.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.lachan.tips.OutcomeKind;
import vn.lachan.tips.TipChannel;
import vn.lachan.tips.internal.Circumstances;
import vn.lachan.tips.internal.ReporterDetails;
import vn.lachan.tips.internal.RejectionReason;
import vn.lachan.tips.internal.TipOutcome;
import vn.lachan.tips.internal.TipPlace;
import vn.lachan.tips.internal.TipSubmission;

/**
 * The request bodies of the tips API.
 */
final class TipRequests {

	private TipRequests() {
	}

	/** A tip entered by staff (see {@link TipSubmission}). */
	record FieldTipRequest(TipChannel channel, String categoryCode, String description, Instant occurredAt,
			Instant receivedAt, Long unitId, Long groupId, String address, BigDecimal latitude, BigDecimal longitude,
			Boolean urgent, String urgencyReason, String reporterName, String reporterContact, String reporterIdNumber,
			String withheldReason, String peopleInvolved, String damage, String measuresTaken, String reporterKnowledge,
			@Size(max = 80) String idempotencyKey) {

		TipSubmission toSubmission() {
			return TipSubmission.ofStaff(this.channel, this.categoryCode, this.description, this.occurredAt,
					this.receivedAt,
					TipPlace.given(this.unitId, this.groupId, this.address, this.latitude, this.longitude),
					new ReporterDetails(false, this.reporterName, this.reporterContact, this.reporterIdNumber,
							this.withheldReason),
					this.urgent, this.urgencyReason,
					new Circumstances(this.peopleInvolved, this.damage, this.measuresTaken, this.reporterKnowledge),
					this.idempotencyKey);
		}

	}

	/** An anonymous or named tip from the public JSON API. */
	record PublicTipRequest(String categoryCode, String description, Instant occurredAt, Long unitId, Long groupId,
			String placeToken, BigDecimal latitude, BigDecimal longitude, String address, Boolean anonymous,
			String reporterName, String reporterContact, Map<String, String> attributes,
			@Size(max = 80) String idempotencyKey) {
	}

	record AssignmentRequest(Long accountId, Long teamId) {
	}

	record VerificationRequest(@Size(max = 2000) String note) {
	}

	record OutcomeRequest(@NotNull OutcomeKind kind,
			@Size(max = 60) @Pattern(regexp = "[a-z0-9-]+") String offenceCategory, @Min(0) @Max(10000) int cases,
			@Min(0) @Max(10000) int suspects) {

		TipOutcome toOutcome() {
			return new TipOutcome(this.kind, this.offenceCategory, this.cases, this.suspects);
		}

	}

	/**
	 * @param publicOutcome what the reporter reads on the follow-up page (optional; the
	 * ward chooses what to publish)
	 */
	record ResolutionRequest(@NotEmpty @Valid List<OutcomeRequest> outcomes, @Size(max = 2000) String note,
			@Size(max = 1000) String publicOutcome) {
	}

	record RejectionRequest(@NotNull RejectionReason reason, Long duplicateOf, @Size(max = 2000) String note) {
	}

	record TransferRequest(@NotBlank @Size(max = 300) String to, Instant at, @Size(max = 2000) String note) {
	}

	record UrgencyRequest(boolean urgent, @Size(max = 500) String reason) {
	}

	record MergeRequest(@NotNull Long into) {
	}

	record MessageRequest(String body) {
	}

}
