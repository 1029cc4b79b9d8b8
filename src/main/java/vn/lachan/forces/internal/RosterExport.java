package vn.lachan.forces.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AuditTrail;
import vn.lachan.forces.internal.RosterFormat.FileType;
import vn.lachan.shared.crypto.FieldEncryptor;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Exports a ward's roster in the format {@link RosterImport} reads, so that an exported
 * file imports again unchanged.
 */
@Service
public class RosterExport {

	private final TeamRepository teams;

	private final MemberRepository members;

	private final TerritoryCatalog territory;

	private final FieldEncryptor encryptor;

	private final AuditTrail audit;

	RosterExport(TeamRepository teams, MemberRepository members, TerritoryCatalog territory, FieldEncryptor encryptor,
			AuditTrail audit) {
		this.teams = teams;
		this.members = members;
		this.territory = territory;
		this.encryptor = encryptor;
		this.audit = audit;
	}

	/**
	 * The ward's roster as a file: every team and every membership, former ones too. Not
	 * read-only: the export of personal data is written to the audit trail.
	 */
	@Transactional
	public byte[] export(CurrentUser user, long unitId, FileType type) {
		TeamScope.requireManager(user);
		user.requireUnit(unitId, "unit", unitId);
		Map<Long, String> groups = new HashMap<>();
		this.territory.groupsOf(unitId).forEach((group) -> groups.put(group.id(), group.name()));
		List<List<String>> rows = new ArrayList<>();
		for (Team team : this.teams.ofUnit(unitId)) {
			String coverage = String.join("; ", team.groupIds().stream().map(groups::get).sorted().toList());
			List<Membership> memberships = this.members.membershipsOfTeam(team.id());
			if (memberships.isEmpty()) {
				rows.add(RosterFormat.row(team.kind(), team.name(), text(team.foundedOn()), text(team.endedOn()),
						coverage));
			}
			for (Membership m : memberships) {
				Person p = this.members.findPerson(m.personId()).orElseThrow();
				rows.add(RosterFormat.row(team.kind(), team.name(), text(team.foundedOn()), text(team.endedOn()),
						coverage, p.fullName(), text(p.birthDate()), (p.sex() == Sex.FEMALE) ? "Nữ" : "Nam",
						this.encryptor.decrypt(p.phoneEncrypted()), p.address(),
						(p.groupId() != null) ? groups.get(p.groupId()) : "", text(p.residentSince()),
						switch (m.role()) {
							case LEADER -> "Tổ trưởng";
							case DEPUTY -> "Tổ phó";
							case MEMBER -> "Tổ viên";
						}, text(m.joinedOn()), text(m.leftOn())));
			}
		}
		this.audit.personalDataSearched(user, "forces-roster", unitId, "roster export");
		return RosterFormat.write(rows, type);
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

}
