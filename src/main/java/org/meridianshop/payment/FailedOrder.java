package org.meridianshop.payment;

import java.math.BigDecimal;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** Payments' reading of {@code order.failed}. */
@EventName("order.failed")
public record FailedOrder(
    String orderId, BigDecimal amount, String currency, String paymentMethod, String reason)
    implements DomainEvent, OrderEnded {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
