package org.meridianshop.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.FcmEmulator;
import org.meridianshop.testing.KafkaEvents;
import org.meridianshop.testing.Mailboxes;
import org.meridianshop.testing.RunningShop;

/** An event that reaches the shop twice (a producer's retried send) notifies once per channel. */
@ExtendWith(RunningShop.class)
class DuplicateEventIT {

  @Test
  void anEventPublishedTwiceSendsOneEmailAndOnePush() {
    var customer = NotifiedCustomer.registered("twice");
    var device = customer.registerDevice();
    var orderId = UUID.randomUUID().toString();
    var eventId = UUID.randomUUID().toString();

    deliver(customer, orderId, orderId, eventId);
    deliver(customer, orderId, orderId, eventId);
    // a later event on the same key is handled after both copies: once it is sent, they were too
    var later = UUID.randomUUID().toString();
    deliver(customer, orderId, later, UUID.randomUUID().toString());
    Mailboxes.await(customer.email(), m -> m.subject().contains(later));
    NotificationLog.awaitNewest(device, "delivery_confirmation", n -> n.status().equals("sent"));

    assertThat(Mailboxes.receivedBy(customer.email()))
        .filteredOn(m -> m.subject().contains(orderId))
        .hasSize(1);
    assertThat(
            NotificationLog.search(customer.email(), "", "delivery_confirmation").getInt("total"))
        .isEqualTo(2);
    assertThat(NotificationLog.search(device, "", "").getInt("total")).isEqualTo(2);
    assertThat(
            RunningShop.fcm()
                .orElseThrow()
                .server()
                .findAll(
                    postRequestedFor(urlEqualTo(FcmEmulator.SEND))
                        .withRequestBody(FcmEmulator.toDevice(device))))
        .filteredOn(request -> request.getBodyAsString().contains(orderId))
        .hasSize(1);
  }

  private static void deliver(
      NotifiedCustomer customer, String key, String orderId, String eventId) {
    KafkaEvents.publish(
        "order.delivered",
        key,
        Map.of("orderId", orderId, "accountId", customer.accountId(), "email", customer.email()),
        eventId);
  }
}
