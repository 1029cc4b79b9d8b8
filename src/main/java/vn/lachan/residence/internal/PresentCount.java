package vn.lachan.residence.internal;

/**
 * How many guests are present in one accommodation of one residential group.
 *
 * @param groupId the residential group, or {@code null} when the stay has none
 * @param accommodationId the accommodation
 * @param accommodationName its name
 * @param guests the guests present
 */
public record PresentCount(Long groupId, long accommodationId, String accommodationName, long guests) {
}
