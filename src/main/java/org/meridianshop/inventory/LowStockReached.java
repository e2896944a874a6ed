package org.meridianshop.inventory;

import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * A product's available total just fell to its low-stock threshold or below (it was above before
 * the change): time to restock. Sent once per crossing, not on every change while low.
 */
@EventName("inventory.low-stock")
public record LowStockReached(long productId, String productName, int available, int threshold)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return Long.toString(productId);
  }
}
