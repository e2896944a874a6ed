package org.meridianshop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.KafkaEvents;
import org.meridianshop.testing.Mailboxes;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;

/**
 * The emails of an order's life, from its events as checkout publishes them (the production wiring;
 * the events are published here until checkout is in this build). Payment events name only the
 * order: their email still reaches whoever placed it.
 */
@ExtendWith(RunningShop.class)
class OrderEmailsIT {

  @Test
  void aPlacedOrderIsConfirmedAndItsPaymentReceipted() {
    var email = PageClient.uniqueEmail("buyer");
    var orderId = UUID.randomUUID().toString();

    KafkaEvents.publish(
        "order.created",
        orderId,
        Map.of(
            "orderId", orderId,
            "accountId", UUID.randomUUID().toString(),
            "email", email,
            "amount", "1328.98",
            "currency", "USD",
            "paymentMethod", "pm_card_visa",
            "reservationId", "r-1",
            "lines",
                List.of(
                    Map.of(
                        "productId",
                        42,
                        "name",
                        "Northwind Laptop 14",
                        "quantity",
                        1,
                        "unitPrice",
                        "1299.00"),
                    Map.of(
                        "productId",
                        7,
                        "name",
                        "Harbor Cable",
                        "quantity",
                        2,
                        "unitPrice",
                        "14.99")),
            "placedAt", "2026-11-24T12:00:00Z"));
    var received =
        Mailboxes.await(email, m -> m.subject().equals("We received your order " + orderId));
    assertThat(received.text())
        .contains(
            "- 1 × Northwind Laptop 14: 1299.00 USD",
            "- 2 × Harbor Cable: 29.98 USD",
            "Total: 1328.98 USD");

    KafkaEvents.publish(
        "payment.success",
        orderId,
        Map.of(
            "paymentId", "pay-1",
            "orderId", orderId,
            "amount", "1328.98",
            "currency", "USD",
            "provider", "offline",
            "transactionId", "pi_test_123"));
    var receipt =
        Mailboxes.await(email, m -> m.subject().equals("Payment receipt for order " + orderId));
    assertThat(receipt.text())
        .contains("Amount paid: 1328.98 USD", "Payment reference: pi_test_123");
  }
}
