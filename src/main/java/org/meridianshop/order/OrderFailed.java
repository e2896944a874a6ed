package org.meridianshop.order;

import java.math.BigDecimal;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** The order will not go ahead: payment was declined or its reservation ran out first. */
@EventName("order.failed")
public record OrderFailed(
    String orderId,
    String accountId,
    String email,
    BigDecimal amount,
    String currency,
    String paymentMethod,
    String reason)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
