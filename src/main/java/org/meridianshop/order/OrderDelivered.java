package org.meridianshop.order;

import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** The carrier delivered the order. */
@EventName("order.delivered")
public record OrderDelivered(String orderId, String accountId, String email)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
