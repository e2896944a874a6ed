package org.meridianshop.cart;

import java.util.List;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * The part of {@code order.confirmed} the cart reads: whose cart the order came from and which of
 * its lines were bought. The cart keeps its own reading so it never depends on the order package
 * (which reads carts at checkout).
 */
@EventName("order.confirmed")
public record BoughtItems(String orderId, String accountId, List<String> cartItemIds)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
