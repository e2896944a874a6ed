package org.meridianshop.payment;

import java.math.BigDecimal;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** A charged order was paid back in full: it was cancelled, or it failed after the charge. */
@EventName("payment.refunded")
public record PaymentRefunded(
    String paymentId,
    String orderId,
    BigDecimal amount,
    String currency,
    String refundId,
    String reason)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
