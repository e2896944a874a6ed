package org.meridianshop.inventory;

import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * One stock level changed. Carries the level itself and the new available totals of its variant and
 * product, so followers (the catalog's copy, search) need not ask inventory. Keyed by product, so
 * one product's events arrive in order.
 */
@EventName("inventory.updated")
public record InventoryUpdated(
    long productId,
    long variantId,
    String sku,
    long warehouseId,
    String warehouseCode,
    String kind,
    int onHand,
    int reserved,
    int available,
    int variantAvailable,
    int productAvailable,
    int lowStockThreshold,
    boolean lowStock)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return Long.toString(productId);
  }
}
