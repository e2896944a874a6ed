package org.meridianshop.catalog;

import java.util.Locale;

/** What a shopper is told about availability. */
public enum StockStatus {
  IN_STOCK,
  LOW_STOCK,
  OUT_OF_STOCK;

  static StockStatus of(int available, int lowStockThreshold) {
    if (available <= 0) {
      return OUT_OF_STOCK;
    }
    return available <= lowStockThreshold ? LOW_STOCK : IN_STOCK;
  }

  /** The name the API and the pages use, e.g. {@code low_stock}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean available() {
    return this != OUT_OF_STOCK;
  }
}
