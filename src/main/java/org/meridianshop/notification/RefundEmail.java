package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridianshop.payment.PaymentRefunded;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** Tells whoever placed the order that its payment was refunded. */
@ApplicationScoped
public class RefundEmail implements EventHandler<PaymentRefunded> {

  @Inject Notifications notifications;
  @Inject OrderRecipients recipients;
  @Inject NotificationSettings settings;

  @Override
  public String consumer() {
    return "notification-refund-email";
  }

  @Override
  public Class<PaymentRefunded> eventType() {
    return PaymentRefunded.class;
  }

  @Override
  public void handle(PaymentRefunded event, EventEnvelope envelope) {
    notifications.email(
        envelope,
        NotificationKind.PAYMENT_REFUNDED,
        recipients.of(event.orderId()),
        Map.of(
            "orderId", event.orderId(),
            "ordersUrl", settings.publicUrl() + "account/",
            "amount", MessageValues.money(event.amount(), event.currency())));
  }
}
