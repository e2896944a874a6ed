package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridianshop.order.OrderShipped;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** Tells the customer their order shipped, with the carrier and tracking number. */
@ApplicationScoped
public class ShipmentNotification implements EventHandler<OrderShipped> {

  @Inject Notifications notifications;
  @Inject NotificationSettings settings;

  @Override
  public String consumer() {
    return "notification-shipment";
  }

  @Override
  public Class<OrderShipped> eventType() {
    return OrderShipped.class;
  }

  @Override
  public void handle(OrderShipped event, EventEnvelope envelope) {
    notifications.email(
        envelope,
        NotificationKind.SHIPMENT_NOTIFICATION,
        new Recipient(event.accountId(), event.email()),
        Map.of(
            "orderId", event.orderId(),
            "ordersUrl", settings.publicUrl() + "account/",
            "carrier", event.carrier(),
            "trackingNumber", event.trackingNumber()));
  }
}
