package org.meridianshop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** A new order is charged ({@code order.created} to {@code payment.success} or failed). */
@ApplicationScoped
public class OrderCharging implements EventHandler<OrderToPay> {

  @Inject Payments payments;

  @Override
  public String consumer() {
    return "payment-charge";
  }

  @Override
  public Class<OrderToPay> eventType() {
    return OrderToPay.class;
  }

  @Override
  public void handle(OrderToPay event, EventEnvelope envelope) {
    payments.charge(event);
  }
}
