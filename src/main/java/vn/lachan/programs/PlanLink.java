package vn.lachan.programs;

/**
 * A record a plan or directive ordered, by module, type and id: a team founded
 * ({@code forces/team}), a model deployed ({@code programs/deployment}), a key area
 * designated ({@code programs/key-area}), a place ({@code territory/place}), a report due
 * ({@code programs/task}).
 */
public record PlanLink(long planId, String module, String recordType, long recordId) {
}
