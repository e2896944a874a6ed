package org.meridianshop.payment;

import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** The charge was refused (declined card, failed authentication); nothing was taken. */
@EventName("payment.failed")
public record PaymentFailed(String paymentId, String orderId, String reason)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
