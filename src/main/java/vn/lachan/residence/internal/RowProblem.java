package vn.lachan.residence.internal;

/**
 * A bad value in a row of a submission: the row (1 for the first guest or data row), the
 * field and the message key of the problem. It never carries the value itself.
 */
public record RowProblem(int row, String field, String code) {
}
