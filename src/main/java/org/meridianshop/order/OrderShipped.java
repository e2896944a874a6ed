package org.meridianshop.order;

import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** The order left the warehouse with a carrier. */
@EventName("order.shipped")
public record OrderShipped(
    String orderId, String accountId, String email, String carrier, String trackingNumber)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
