package org.meridianshop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** A cancelled order is refunded ({@code order.cancelled} to {@code payment.refunded}). */
@ApplicationScoped
public class CancelledOrderRefund implements EventHandler<CancelledOrder> {

  @Inject Payments payments;

  @Override
  public String consumer() {
    return "payment-cancelled-order";
  }

  @Override
  public Class<CancelledOrder> eventType() {
    return CancelledOrder.class;
  }

  @Override
  public void handle(CancelledOrder event, EventEnvelope envelope) {
    payments.orderEnded(event);
  }
}
