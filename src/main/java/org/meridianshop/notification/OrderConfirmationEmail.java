package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.meridianshop.order.OrderCreated;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/**
 * Tells the customer their order was received, with its lines and total; remembers who placed it.
 */
@ApplicationScoped
public class OrderConfirmationEmail implements EventHandler<OrderCreated> {

  @Inject Notifications notifications;
  @Inject OrderRecipients recipients;
  @Inject NotificationSettings settings;

  @Override
  public String consumer() {
    return "notification-order-confirmation-email";
  }

  @Override
  public Class<OrderCreated> eventType() {
    return OrderCreated.class;
  }

  @Override
  public void handle(OrderCreated event, EventEnvelope envelope) {
    var recipient = new Recipient(event.accountId(), event.email());
    recipients.remember(event.orderId(), recipient);
    var lines =
        event.lines().stream()
            .map(
                line ->
                    Map.of(
                        "quantity", line.quantity(),
                        "name", line.name(),
                        "lineTotal",
                            MessageValues.money(
                                line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())),
                                event.currency())))
            .toList();
    notifications.email(
        envelope,
        NotificationKind.ORDER_CONFIRMATION,
        recipient,
        Map.of(
            "orderId",
            event.orderId(),
            "ordersUrl",
            settings.publicUrl() + "account/",
            "lines",
            lines,
            "total",
            MessageValues.money(event.amount(), event.currency())));
  }
}
