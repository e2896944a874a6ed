package org.meridianshop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StockStatusTest {

  @Test
  void nothingAvailableIsOutOfStock() {
    assertThat(StockStatus.of(0, 5)).isEqualTo(StockStatus.OUT_OF_STOCK);
    assertThat(StockStatus.of(-2, 5).available()).isFalse();
  }

  @Test
  void atOrBelowTheThresholdIsLow() {
    assertThat(StockStatus.of(5, 5)).isEqualTo(StockStatus.LOW_STOCK);
    assertThat(StockStatus.of(1, 5).code()).isEqualTo("low_stock");
    assertThat(StockStatus.of(6, 5)).isEqualTo(StockStatus.IN_STOCK);
  }
}
