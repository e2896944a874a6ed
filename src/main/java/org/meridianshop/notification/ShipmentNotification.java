package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridianshop.customer.Accounts;
import org.meridianshop.order.OrderShipped;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/**
 * Tells the customer their order shipped, with the carrier and tracking number: by email, and by
 * text message too when SMS is configured and the account has a phone number, and on the account's
 * devices when push is configured.
 */
@ApplicationScoped
public class ShipmentNotification implements EventHandler<OrderShipped> {

  @Inject Notifications notifications;
  @Inject NotificationSettings settings;
  @Inject Accounts accounts;

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
    var data =
        Map.of(
            "orderId", event.orderId(),
            "ordersUrl", settings.publicUrl() + "account/",
            "carrier", event.carrier(),
            "trackingNumber", event.trackingNumber());
    notifications.email(
        envelope,
        NotificationKind.SHIPMENT_NOTIFICATION,
        new Recipient(event.accountId(), event.email()),
        data);
    accounts
        .phoneOf(event.accountId())
        .ifPresent(
            phone ->
                notifications.sms(
                    envelope,
                    NotificationKind.SHIPMENT_NOTIFICATION,
                    event.accountId(),
                    phone,
                    data));
    notifications.push(envelope, NotificationKind.SHIPMENT_NOTIFICATION, event.accountId(), data);
  }
}
