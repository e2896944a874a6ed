package org.meridianshop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/**
 * A failed order (its stock ran out before payment) is not charged, and what was charged is paid
 * back.
 */
@ApplicationScoped
public class FailedOrderPayback implements EventHandler<FailedOrder> {

  @Inject Payments payments;

  @Override
  public String consumer() {
    return "payment-failed-order";
  }

  @Override
  public Class<FailedOrder> eventType() {
    return FailedOrder.class;
  }

  @Override
  public void handle(FailedOrder event, EventEnvelope envelope) {
    payments.orderEnded(event);
  }
}
