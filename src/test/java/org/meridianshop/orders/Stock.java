package org.meridianshop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.meridianshop.stock.InventoryApi;

/** One product variant's stock, counted to a known level for a test and read back. */
public record Stock(long productId, long variantId) {

  public static Stock of(long productId, int available) {
    var stock = new Stock(productId, InventoryApi.firstVariant(productId));
    InventoryApi.setAvailable(productId, stock.variantId(), available);
    return stock;
  }

  int available() {
    return total("available");
  }

  int reserved() {
    return total("reserved");
  }

  int onHand() {
    return total("onHand");
  }

  /** Waits until the variant has this many available, and none held. */
  void awaitAvailable(int units) {
    var settled =
        InventoryApi.await(
            this::levels,
            levels -> sum(levels, "available") == units && sum(levels, "reserved") == 0,
            Shopper.SAGA_PATIENCE);
    assertThat(sum(settled, "available")).isEqualTo(units);
    assertThat(sum(settled, "reserved")).isZero();
  }

  private int total(String field) {
    return sum(levels(), field);
  }

  private List<Map<String, Object>> levels() {
    JsonPath stock = InventoryApi.stock(productId);
    @SuppressWarnings("unchecked")
    var warehouses =
        (List<Map<String, Object>>) InventoryApi.variant(stock, variantId).get("warehouses");
    return warehouses;
  }

  private static int sum(List<Map<String, Object>> levels, String field) {
    return levels.stream().mapToInt(l -> ((Number) l.get(field)).intValue()).sum();
  }
}
