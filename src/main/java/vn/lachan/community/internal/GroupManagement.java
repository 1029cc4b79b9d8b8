package vn.lachan.community.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.community.GroupSummary;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.crypto.RandomCodes;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.ResidentialGroupSummary;
import vn.lachan.territory.TerritoryCatalog;

import static vn.lachan.shared.time.VietnamTime.utc;

/**
 * Community groups as staff create and list them, within their scope.
 */
@Service
public class GroupManagement {

	private final JdbcClient jdbc;

	private final GroupQueries groups;

	private final TerritoryCatalog territory;

	private final Clock clock;

	GroupManagement(JdbcClient jdbc, GroupQueries groups, TerritoryCatalog territory, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.territory = territory;
		this.clock = clock;
	}

	@Transactional
	public long create(CurrentUser user, GroupInput input) {
		FieldChecks checks = new FieldChecks();
		checks.check(input.unitId() != null, "unitId", "community.group.unit-required");
		if (input.unitId() != null) {
			user.requireUnit(input.unitId(), "unit", input.unitId());
		}
		checks.check(input.kind() != null, "kind", "community.group.kind-required");
		String name = (input.name() != null) ? input.name().strip() : "";
		checks.check(!name.isEmpty(), "name", "community.group.name-required");
		checks.check(name.length() <= 200, "name", "community.group.name-too-long");
		if (input.placeId() != null) {
			PlaceSummary place = this.territory.findPlace(input.placeId()).orElse(null);
			checks.check(place != null && place.unitId() == input.unitId(), "placeId", "community.group.place-unknown");
		}
		if (input.residentialGroupId() != null) {
			ResidentialGroupSummary group = this.territory.findGroup(input.residentialGroupId()).orElse(null);
			checks.check(group != null && group.unitId() == input.unitId(), "residentialGroupId",
					"community.group.residential-group-unknown");
		}
		checks.throwIfAny();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO community_group (unit_id, kind, name, place_id, residential_group_id, join_token, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(input.unitId(), input.kind().name(), name, input.placeId(), input.residentialGroupId(),
					RandomCodes.urlSafe(18), utc(this.clock.instant()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	public GroupSummary group(CurrentUser user, long id) {
		GroupSummary group = this.groups.find(id).orElseThrow(() -> NotFoundException.of("community-group", id));
		user.requireUnit(group.unitId(), "community-group", id);
		return group;
	}

	/** Groups within the caller's scope, narrowed to one unit if given. */
	public PageResult<GroupRow> search(CurrentUser user, Long unitId, String q, PageQuery page) {
		List<Long> units;
		if (unitId != null) {
			user.requireUnit(unitId, "unit", unitId);
			units = List.of(unitId);
		}
		else {
			units = user.unrestricted() ? null : List.copyOf(user.unitIds());
		}
		return this.groups.search(units, q, page);
	}

	public int activeMembers(long groupId) {
		return this.groups.activeMembers(groupId);
	}

}
