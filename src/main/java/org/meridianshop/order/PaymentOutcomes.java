package org.meridianshop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.meridianshop.payment.PaymentSucceeded;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** {@code payment.success}: the order is confirmed (or fails, if its stock ran out first). */
@ApplicationScoped
public class PaymentOutcomes implements EventHandler<PaymentSucceeded> {

  @Inject OrderSaga saga;

  @Override
  public String consumer() {
    return "order-payment-succeeded";
  }

  @Override
  public Class<PaymentSucceeded> eventType() {
    return PaymentSucceeded.class;
  }

  @Override
  public void handle(PaymentSucceeded event, EventEnvelope envelope) {
    saga.paid(UUID.fromString(event.orderId()), envelope);
  }
}
