package vn.lachan.community.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lachan.community.GroupSummary;
import vn.lachan.community.Target;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Turns a broadcast's targets into the community groups they reach, within the sender's
 * scope only: a target that does not exist or lies outside the scope is unknown (the
 * sender cannot tell which), and a unit reaches the groups of its subtree the sender may
 * see.
 */
@Component
class TargetResolver {

	private final GroupQueries groups;

	private final TerritoryCatalog territory;

	private final JdbcClient jdbc;

	TargetResolver(GroupQueries groups, TerritoryCatalog territory, JdbcClient jdbc) {
		this.groups = groups;
		this.territory = territory;
		this.jdbc = jdbc;
	}

	/** The groups reached, or {@code null} when a target is unknown. */
	Set<Long> resolve(CurrentUser user, Collection<Target> targets) {
		Set<Long> reached = new LinkedHashSet<>();
		for (Target target : targets) {
			if (target == null || target.kind() == null) {
				return null;
			}
			switch (target.kind()) {
				case GROUP -> {
					GroupSummary group = this.groups.find(target.id()).orElse(null);
					if (group == null || !user.canSeeUnit(group.unitId())) {
						return null;
					}
					reached.add(group.id());
				}
				case UNIT -> {
					if (this.territory.findUnit(target.id()).isEmpty() || !user.canSeeUnit(target.id())) {
						return null;
					}
					Set<Long> subtree = this.territory.subtreeIds(target.id());
					this.jdbc.sql("SELECT id, unit_id FROM community_group WHERE unit_id IN (:units) ORDER BY id")
						.param("units", subtree)
						.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
						.list()
						.stream()
						.filter((row) -> user.canSeeUnit(row[1]))
						.forEach((row) -> reached.add(row[0]));
				}
				case RESIDENTIAL_GROUP -> {
					var group = this.territory.findGroup(target.id()).orElse(null);
					if (group == null || !user.canSeeUnit(group.unitId())) {
						return null;
					}
					this.groups.ofResidentialGroup(group.id()).forEach((g) -> reached.add(g.id()));
				}
				case PLACE -> {
					var place = this.territory.findPlace(target.id()).orElse(null);
					if (place == null || !user.canSeeUnit(place.unitId())) {
						return null;
					}
					this.groups.atPlace(place.id()).forEach((g) -> reached.add(g.id()));
				}
			}
		}
		return reached;
	}

}
