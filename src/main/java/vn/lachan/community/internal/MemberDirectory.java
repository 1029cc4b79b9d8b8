package vn.lachan.community.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.access.AuditTrail;
import vn.lachan.community.GroupSummary;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;

/**
 * Members as staff see them: a group's list within the caller's scope (no contacts), and
 * a member's contacts for a stated purpose, the read written to the audit trail.
 */
@Service
public class MemberDirectory {

	private final GroupManagement groups;

	private final MemberQueries members;

	private final AuditTrail audit;

	MemberDirectory(GroupManagement groups, MemberQueries members, AuditTrail audit) {
		this.groups = groups;
		this.members = members;
		this.audit = audit;
	}

	public PageResult<MemberView> members(CurrentUser user, long groupId, PageQuery page) {
		GroupSummary group = this.groups.group(user, groupId);
		return this.members.ofGroup(group.id(), page);
	}

	/** A member's contacts; the purpose must be stated, and the read is audited. */
	@Transactional
	public MemberContact contact(CurrentUser user, long memberId, String purpose) {
		MemberView member = this.members.find(memberId)
			.orElseThrow(() -> NotFoundException.of("community-member", memberId));
		user.requireUnit(member.unitId(), "community-member", memberId);
		String why = MemberManagement.blankToNull(purpose);
		FieldChecks checks = new FieldChecks();
		checks.check(why != null && why.length() >= 10 && why.length() <= 300, "purpose",
				"community.member.purpose-required");
		checks.throwIfAny();
		this.audit.personalDataRead(user, "community-member", memberId, member.unitId(), why);
		return this.members.contact(memberId).orElseThrow();
	}

	/** The group of a member within the caller's scope. */
	public long memberGroup(CurrentUser user, long memberId) {
		MemberView member = this.members.find(memberId)
			.orElseThrow(() -> NotFoundException.of("community-member", memberId));
		user.requireUnit(member.unitId(), "community-member", memberId);
		return member.groupId();
	}

	/** The member's own view, by the private token of the member's page. */
	public MemberView byToken(String memberToken) {
		return this.members.byToken(memberToken).orElseThrow(() -> NotFoundException.of("community-member", "token"));
	}

}
