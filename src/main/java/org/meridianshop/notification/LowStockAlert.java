package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridianshop.customer.Accounts;
import org.meridianshop.inventory.LowStockReached;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** Alerts every administrator that a product is running low. */
@ApplicationScoped
public class LowStockAlert implements EventHandler<LowStockReached> {

  @Inject Notifications notifications;
  @Inject Accounts accounts;
  @Inject NotificationSettings settings;

  @Override
  public String consumer() {
    return "notification-low-stock-alert";
  }

  @Override
  public Class<LowStockReached> eventType() {
    return LowStockReached.class;
  }

  @Override
  public void handle(LowStockReached event, EventEnvelope envelope) {
    var data =
        Map.of(
            "productName", event.productName(),
            "available", event.available(),
            "threshold", event.threshold(),
            "link", settings.publicUrl() + "admin/inventory.xhtml?product=" + event.productId());
    for (var admin : accounts.administratorEmails()) {
      notifications.email(
          envelope, NotificationKind.LOW_STOCK_ALERT, new Recipient(null, admin), data);
    }
  }
}
