package org.meridianshop.notification;

import java.util.List;
import java.util.Map;

/**
 * Made-up data for each kind of notification, so an admin can preview every template without
 * waiting for the event (and tests can render them all).
 */
public final class NotificationSamples {

  private NotificationSamples() {}

  public static Map<String, Object> of(NotificationKind kind, String publicUrl) {
    var base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    var ordersUrl = base + "account/";
    var order = "3f9c2a1e-5b7d-4e21-9a0c-8d6f4b2e1c77";
    return switch (kind) {
      case WELCOME_EMAIL, EMAIL_VERIFICATION ->
          Map.of(
              "firstName", "Ada",
              "link", base + "verify-email.xhtml?token=sample-token",
              "expiresAt", "25 Nov 2026, 14:30 UTC");
      case PASSWORD_RESET ->
          Map.of(
              "firstName", "Ada",
              "link", base + "reset-password.xhtml?token=sample-token",
              "expiresAt", "24 Nov 2026, 15:30 UTC");
      case ORDER_CONFIRMATION ->
          Map.of(
              "orderId",
              order,
              "ordersUrl",
              ordersUrl,
              "lines",
              List.of(
                  Map.of(
                      "quantity", 1, "name", "Northwind Laptop 14\"", "lineTotal", "1299.00 USD"),
                  Map.of("quantity", 2, "name", "Harbor USB-C Cable", "lineTotal", "29.98 USD")),
              "total",
              "1328.98 USD");
      case PAYMENT_RECEIPT ->
          Map.of(
              "orderId",
              order,
              "ordersUrl",
              ordersUrl,
              "amount",
              "1328.98 USD",
              "transactionId",
              "pi_3Nsample");
      case SHIPMENT_NOTIFICATION ->
          Map.of(
              "orderId",
              order,
              "ordersUrl",
              ordersUrl,
              "carrier",
              "UPS",
              "trackingNumber",
              "1Z999AA10123456784");
      case DELIVERY_CONFIRMATION -> Map.of("orderId", order, "ordersUrl", ordersUrl);
      case ORDER_CANCELLED ->
          Map.of("orderId", order, "ordersUrl", ordersUrl, "reason", "Changed my mind");
      case PAYMENT_REFUNDED ->
          Map.of("orderId", order, "ordersUrl", ordersUrl, "amount", "1328.98 USD");
      case LOW_STOCK_ALERT ->
          Map.of(
              "productName",
              "Northwind Laptop 14\"",
              "available",
              3,
              "threshold",
              5,
              "link",
              base + "admin/inventory.xhtml?product=42");
    };
  }
}
