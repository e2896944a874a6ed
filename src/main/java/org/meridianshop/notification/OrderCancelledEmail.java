package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridianshop.order.OrderCancelled;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** Tells the customer their order was cancelled, and why. */
@ApplicationScoped
public class OrderCancelledEmail implements EventHandler<OrderCancelled> {

  @Inject Notifications notifications;
  @Inject NotificationSettings settings;

  @Override
  public String consumer() {
    return "notification-order-cancelled-email";
  }

  @Override
  public Class<OrderCancelled> eventType() {
    return OrderCancelled.class;
  }

  @Override
  public void handle(OrderCancelled event, EventEnvelope envelope) {
    notifications.email(
        envelope,
        NotificationKind.ORDER_CANCELLED,
        new Recipient(event.accountId(), event.email()),
        Map.of(
            "orderId",
            event.orderId(),
            "ordersUrl",
            settings.publicUrl() + "account/",
            "reason",
            event.reason() == null ? "" : event.reason()));
  }
}
