package org.meridianshop.payment;

import java.math.BigDecimal;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * The part of {@code order.created} that payments read. Payments keep their own reading of order
 * events so they never depend on the order package (which depends on payments for its view).
 */
@EventName("order.created")
public record OrderToPay(
    String orderId, String email, BigDecimal amount, String currency, String paymentMethod)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
