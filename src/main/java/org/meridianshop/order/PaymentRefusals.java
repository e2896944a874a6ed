package org.meridianshop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.meridianshop.payment.PaymentFailed;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** {@code payment.failed}: the order fails and its stock goes back on sale. */
@ApplicationScoped
public class PaymentRefusals implements EventHandler<PaymentFailed> {

  @Inject OrderSaga saga;

  @Override
  public String consumer() {
    return "order-payment-failed";
  }

  @Override
  public Class<PaymentFailed> eventType() {
    return PaymentFailed.class;
  }

  @Override
  public void handle(PaymentFailed event, EventEnvelope envelope) {
    saga.paymentFailed(UUID.fromString(event.orderId()), event.reason(), envelope);
  }
}
