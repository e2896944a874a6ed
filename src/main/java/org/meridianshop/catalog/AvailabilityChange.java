package org.meridianshop.catalog;

/**
 * A product's available quantity before and after inventory's latest total. Cards in lists and
 * search results show the stock status, and a count only when stock runs low ("Only 3 left"), so
 * most sales (57 left, then 56) change nothing a shopper sees there.
 */
record AvailabilityChange(int before, int after, int lowStockThreshold) {

  boolean any() {
    return before != after;
  }

  /** Whether a card in a list or a search result looks different after the change. */
  boolean showsInLists() {
    var status = StockStatus.of(after, lowStockThreshold);
    return any()
        && (status != StockStatus.of(before, lowStockThreshold) || status == StockStatus.LOW_STOCK);
  }
}
