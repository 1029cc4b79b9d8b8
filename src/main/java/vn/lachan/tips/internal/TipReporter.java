package vn.lachan.tips.internal;

/**
 * Who reported a tip, as stored: the identifying fields are encrypted
 * ({@code FieldEncryptor}).
 *
 * @param kind anonymous, identified or a staff member
 * @param accountId the staff member's account
 * @param name encrypted name
 * @param contact encrypted contact
 * @param idNumber encrypted CCCD number, date and issuing unit
 */
public record TipReporter(ReporterKind kind, Long accountId, String name, String contact, String idNumber) {
}
