package vn.lachan.community.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.lachan.community.CommunityCatalog;
import vn.lachan.community.GroupSummary;

@Service
class CommunityCatalogService implements CommunityCatalog {

	private final GroupQueries groups;

	CommunityCatalogService(GroupQueries groups) {
		this.groups = groups;
	}

	@Override
	public List<GroupSummary> groupsAtPlace(long placeId) {
		return this.groups.atPlace(placeId);
	}

	@Override
	public Optional<GroupSummary> group(long groupId) {
		return this.groups.find(groupId);
	}

	@Override
	public List<GroupSummary> groupsOf(long unitId) {
		return this.groups.ofUnit(unitId);
	}

}
