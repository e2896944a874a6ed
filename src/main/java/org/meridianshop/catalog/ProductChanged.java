package org.meridianshop.catalog;

import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * Something a shopper can see of a product changed: its text, status, price, rating, stock, or the
 * name of its brand or category. Recorded with the change, so it is published only once the change
 * is committed and any server that reads the product then reads the new state (each server's own
 * search index follows it this way).
 */
@EventName("catalog.product-changed")
public record ProductChanged(long productId) implements DomainEvent {

  @Override
  public String aggregateId() {
    return Long.toString(productId);
  }
}
