package org.meridianshop.catalog;

import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * The part of inventory's {@code inventory.updated} event that the catalog reads: the product's new
 * available total. The catalog keeps its own reading of the event so it never depends on the
 * inventory package (which depends on the catalog for its SKUs).
 */
@EventName("inventory.updated")
public record StockAvailabilityChanged(long productId, int productAvailable)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return Long.toString(productId);
  }
}
