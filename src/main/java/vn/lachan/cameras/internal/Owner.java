package vn.lachan.cameras.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.lachan.cameras.OwnerKind;
import vn.lachan.shared.crypto.FieldEncryptor;

/**
 * A camera's owner: a person or an organisation, name and contact encrypted. The owner's
 * private link is stored as its SHA-256 hash only; once the owner withdraws, the link
 * opens nothing more.
 */
@Table("cameras_owner")
class Owner {

	@Id
	private Long id;

	private long unitId;

	private OwnerKind kind;

	private String nameEnc;

	private String contactEnc;

	private String emailEnc;

	private String linkHash;

	private Instant registeredAt;

	private Instant withdrawnAt;

	@Version
	private Integer version;

	Owner() {
	}

	static Owner register(long unitId, OwnerInput input, String linkHash, FieldEncryptor encryptor, Instant now) {
		Owner owner = new Owner();
		owner.unitId = unitId;
		owner.linkHash = linkHash;
		owner.registeredAt = now;
		owner.change(input, encryptor);
		return owner;
	}

	void change(OwnerInput input, FieldEncryptor encryptor) {
		this.kind = input.kind();
		this.nameEnc = encryptor.encrypt(input.name().strip());
		this.contactEnc = blank(input.contact()) ? null : encryptor.encrypt(input.contact().strip());
		this.emailEnc = blank(input.email()) ? null : encryptor.encrypt(input.email().strip());
	}

	void withdraw(Instant now) {
		this.withdrawnAt = now;
	}

	boolean withdrawn() {
		return this.withdrawnAt != null;
	}

	OwnerInput details(FieldEncryptor encryptor) {
		return new OwnerInput(this.kind, encryptor.decrypt(this.nameEnc),
				(this.contactEnc != null) ? encryptor.decrypt(this.contactEnc) : null,
				(this.emailEnc != null) ? encryptor.decrypt(this.emailEnc) : null);
	}

	String email(FieldEncryptor encryptor) {
		return (this.emailEnc != null) ? encryptor.decrypt(this.emailEnc) : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	Long id() {
		return this.id;
	}

	long unitId() {
		return this.unitId;
	}

	OwnerKind kind() {
		return this.kind;
	}

	Instant withdrawnAt() {
		return this.withdrawnAt;
	}

}
