package org.meridianshop.payment;

import java.math.BigDecimal;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** The order's amount was charged; {@code transactionId} is the provider's id of the charge. */
@EventName("payment.success")
public record PaymentSucceeded(
    String paymentId,
    String orderId,
    BigDecimal amount,
    String currency,
    String provider,
    String transactionId)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
