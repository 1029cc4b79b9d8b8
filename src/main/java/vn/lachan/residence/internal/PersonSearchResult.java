package vn.lachan.residence.internal;

import java.util.List;

import vn.lachan.residence.StayView;
import vn.lachan.residence.TemporaryResidenceView;

/**
 * What a person search found within the caller's scope.
 */
public record PersonSearchResult(List<StayView> stays, List<TemporaryResidenceView> temporaryResidences) {
}
