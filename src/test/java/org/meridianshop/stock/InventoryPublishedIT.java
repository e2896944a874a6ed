package org.meridianshop.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.PublishedEvents;
import org.meridianshop.testing.RunningShop;

/**
 * What inventory tells the rest of the shop, read from Kafka as an outside consumer would (so this
 * runs on the production wiring only): inventory.updated with the new totals, inventory.low-stock
 * when a product falls to its threshold, inventory.released when a reservation is given back.
 */
@ExtendWith(RunningShop.class)
class InventoryPublishedIT {

  @Test
  void fallingToTheThresholdPublishesTheUpdateAndOneLowStockAlert() {
    long productId = 74;
    var variants = InventoryApi.stock(productId).getList("variants.variantId", Long.class);
    for (var variant : variants) {
      InventoryApi.setAvailable(productId, variant, variant.equals(variants.get(0)) ? 10 : 0);
    }
    var stock = InventoryApi.stock(productId);
    int threshold = stock.getInt("lowStockThreshold");
    long warehouseId = stock.getLong("variants[0].warehouses[0].warehouseId");
    InventoryApi.adjust(productId, variants.get(0), warehouseId, threshold - 10)
        .then()
        .statusCode(200);

    var updated =
        PublishedEvents.await(
            "inventory.updated",
            e ->
                e.getLong("productId") == productId
                    && e.getInt("productAvailable") == threshold
                    && e.getBoolean("lowStock"));
    assertThat(updated.getLong("variantId")).isEqualTo(variants.get(0));
    assertThat(updated.getString("kind")).isEqualTo("ADJUSTMENT");
    var alert =
        PublishedEvents.await("inventory.low-stock", e -> e.getLong("productId") == productId);
    assertThat(alert.getInt("available")).isEqualTo(threshold);
    assertThat(alert.getInt("threshold")).isEqualTo(threshold);
  }

  @Test
  void aReleasedReservationIsPublished() {
    long productId = 75;
    long variantId = InventoryApi.firstVariant(productId);
    InventoryApi.setAvailable(productId, variantId, 3);
    String id =
        InventoryApi.reserve("order-" + UUID.randomUUID(), variantId, 2)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    InventoryApi.admin()
        .queryParam("reason", "cancelled")
        .delete("reservations/{id}", id)
        .then()
        .statusCode(200);

    var released =
        PublishedEvents.await("inventory.released", e -> id.equals(e.getString("reservationId")));
    assertThat(released.getString("reason")).isEqualTo("cancelled");
    assertThat(released.getBoolean("expired")).isFalse();
    assertThat(released.getInt("lines[0].quantity")).isEqualTo(2);
  }
}
