package vn.lachan.tips.internal;

import java.math.BigDecimal;
import java.time.Instant;

import vn.lachan.tips.TipChannel;

/**
 * A tip entered by staff: from the field by a force member or officer, or a phone or
 * in-person report an officer takes down with the register fields of TT 28/2020 Đ.5 k.3.
 *
 * @param channel {@code FIELD}, {@code PHONE} or {@code IN_PERSON}
 * @param categoryCode the category
 * @param description summary of the content and course of events
 * @param occurredAt time of the incident
 * @param receivedAt when it was received, if earlier than now (officers only)
 * @param unitId the ward or commune
 * @param groupId the residential group
 * @param address place of the incident
 * @param latitude map pin
 * @param longitude map pin
 * @param urgent the urgent class, {@code null} for the category's default
 * @param urgencyReason why it is urgent
 * @param reporterName the reporter's name (phone and in-person)
 * @param reporterContact address and phone
 * @param reporterIdNumber CCCD number, date and issuing unit
 * @param withheldReason why the reporter's identity was not recorded
 * @param peopleInvolved suspects, witnesses, victims, escape direction, means
 * @param damage damage
 * @param measuresTaken what has been done at the scene
 * @param reporterKnowledge how the reporter learned of it and who else knows
 * @param idempotencyKey the client's key for retries
 */
public record FieldReport(TipChannel channel, String categoryCode, String description, Instant occurredAt,
		Instant receivedAt, Long unitId, Long groupId, String address, BigDecimal latitude, BigDecimal longitude,
		Boolean urgent, String urgencyReason, String reporterName, String reporterContact, String reporterIdNumber,
		String withheldReason, String peopleInvolved, String damage, String measuresTaken, String reporterKnowledge,
		String idempotencyKey) {
}
