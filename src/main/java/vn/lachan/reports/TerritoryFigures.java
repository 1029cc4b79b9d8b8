package vn.lachan.reports;

/**
 * What the dashboard shows of a territory: residential groups with their households and
 * residents, and places.
 */
public record TerritoryFigures(long residentialGroups, long households, long residents, long places) {
}
