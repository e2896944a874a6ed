package org.meridianshop.order;

import java.math.BigDecimal;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * The customer or an admin cancelled the order before it shipped; {@code cancelledBy} is the
 * account that did. Its payment is refunded and its stock goes back on sale.
 */
@EventName("order.cancelled")
public record OrderCancelled(
    String orderId,
    String accountId,
    String email,
    BigDecimal amount,
    String currency,
    String paymentMethod,
    String cancelledBy,
    String reason)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
