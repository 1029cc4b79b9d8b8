package vn.lachan.programs.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A versioned, effective-dated set of criteria, e.g. TT 124/2021 "An toàn về ANTT" or the
 * urban-order model ward criteria. A new version of the same code closes the one before.
 */
public record CriteriaSet(long id, String code, int version, String name, String source, LocalDate validFrom,
		LocalDate validTo, List<Criterion> criteria) {

	public CriteriaSet {
		criteria = List.copyOf(criteria);
	}

	boolean validOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || this.validTo.isAfter(date));
	}

	int totalWeight() {
		return this.criteria.stream().mapToInt(Criterion::weight).sum();
	}

}
