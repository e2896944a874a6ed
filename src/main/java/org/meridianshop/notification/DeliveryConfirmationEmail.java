package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridianshop.order.OrderDelivered;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** Tells the customer the carrier delivered their order, by email and on their devices. */
@ApplicationScoped
public class DeliveryConfirmationEmail implements EventHandler<OrderDelivered> {

  @Inject Notifications notifications;
  @Inject NotificationSettings settings;

  @Override
  public String consumer() {
    return "notification-delivery-confirmation-email";
  }

  @Override
  public Class<OrderDelivered> eventType() {
    return OrderDelivered.class;
  }

  @Override
  public void handle(OrderDelivered event, EventEnvelope envelope) {
    var data = Map.of("orderId", event.orderId(), "ordersUrl", settings.publicUrl() + "account/");
    notifications.email(
        envelope,
        NotificationKind.DELIVERY_CONFIRMATION,
        new Recipient(event.accountId(), event.email()),
        data);
    notifications.push(envelope, NotificationKind.DELIVERY_CONFIRMATION, event.accountId(), data);
  }
}
