package org.meridianshop.notification;

import static io.restassured.RestAssured.given;
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
 * order.created is published here, and the shop's own payments answer it with payment.success).
 * Payment events name only the order: their email still reaches whoever placed it.
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

    // payments charge the order (the emulated Stripe, pm_card_visa) and record payment.success
    var receipt =
        Mailboxes.await(email, m -> m.subject().equals("Payment receipt for order " + orderId));
    assertThat(receipt.text()).contains("Amount paid: 1328.98 USD", "Payment reference: pi_");
  }

  @Test
  void aDeliveryEmailCarriesALinkThatStopsSuchEmailWithoutSigningIn() {
    var email = PageClient.uniqueEmail("delivered");
    var accessToken = NotificationEmailIT.register(email);
    var accountId =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .auth()
            .oauth2(accessToken)
            .get("api/users/me")
            .then()
            .extract()
            .<String>path("id");
    var orderId = UUID.randomUUID().toString();
    KafkaEvents.publish(
        "order.delivered",
        orderId,
        Map.of("orderId", orderId, "accountId", accountId, "email", email));

    var delivered = Mailboxes.await(email, m -> m.subject().endsWith("was delivered"));
    var link = delivered.link("unsubscribe").orElseThrow();
    assertThat(delivered.html()).contains("href=\"" + link + "\"");

    var page = new PageClient();
    var forged =
        page.get("unsubscribe.xhtml?token=" + link.getQuery().substring("token=".length()) + "x");
    assertThat(forged.body()).contains("This link is not valid");
    var done =
        page.submit(
            RunningShop.baseUri().relativize(link).toString(),
            "unsubscribe-form",
            "unsubscribe",
            Map.of("unsubscribe-token", link.getQuery().substring("token=".length())));
    assertThat(done.body()).contains("you will not get these emails any more");
    var preferences =
        given()
            .baseUri(RunningShop.baseUri().toString())
            .auth()
            .oauth2(accessToken)
            .get("api/users/me/notification-preferences")
            .then()
            .extract()
            .jsonPath();
    assertThat(
            preferences.getBoolean(
                "items.find { it.kind == 'delivery_confirmation' }.channels.email"))
        .isFalse();
  }

  @Test
  void transactionalEmailHasNoUnsubscribeLink() {
    var email = PageClient.uniqueEmail("no-unsubscribe");
    NotificationEmailIT.register(email);

    var welcome = Mailboxes.await(email, m -> m.subject().startsWith("Welcome"));

    assertThat(welcome.link("unsubscribe")).isEmpty();
  }
}
