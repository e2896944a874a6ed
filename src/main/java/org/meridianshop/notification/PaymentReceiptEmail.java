package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridianshop.payment.PaymentSucceeded;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** Sends the receipt of a payment to whoever placed the order, by email and on their devices. */
@ApplicationScoped
public class PaymentReceiptEmail implements EventHandler<PaymentSucceeded> {

  @Inject Notifications notifications;
  @Inject OrderRecipients recipients;
  @Inject NotificationSettings settings;

  @Override
  public String consumer() {
    return "notification-payment-receipt-email";
  }

  @Override
  public Class<PaymentSucceeded> eventType() {
    return PaymentSucceeded.class;
  }

  @Override
  public void handle(PaymentSucceeded event, EventEnvelope envelope) {
    var recipient = recipients.of(event.orderId());
    var data =
        Map.of(
            "orderId", event.orderId(),
            "ordersUrl", settings.publicUrl() + "account/",
            "amount", MessageValues.money(event.amount(), event.currency()),
            "transactionId", event.transactionId());
    notifications.email(envelope, NotificationKind.PAYMENT_RECEIPT, recipient, data);
    notifications.push(envelope, NotificationKind.PAYMENT_RECEIPT, recipient.accountId(), data);
  }
}
