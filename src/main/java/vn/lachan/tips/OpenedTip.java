package vn.lachan.tips;

/**
 * A tip opened through {@link TipsCatalog#open}.
 *
 * @param tipId its id
 * @param receiptCode the code it is referred to by
 */
public record OpenedTip(long tipId, String receiptCode) {
}
