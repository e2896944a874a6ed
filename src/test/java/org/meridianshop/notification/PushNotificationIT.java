package org.meridianshop.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.FcmEmulator;
import org.meridianshop.testing.KafkaEvents;
import org.meridianshop.testing.Mailboxes;
import org.meridianshop.testing.RunningShop;

/**
 * A delivered order is pushed to the customer's devices (the production wiring, FCM and Google's
 * token endpoint emulated by WireMock): a push FCM fails to take is sent again, one it refuses is
 * recorded as failed with its reason, a device FCM no longer knows is forgotten, and a customer who
 * switched push off gets none.
 */
@ExtendWith(RunningShop.class)
class PushNotificationIT {

  @Test
  void aDeliveredOrderIsPushedToTheCustomersDeviceAsTheShopsServiceAccount() {
    var customer = NotifiedCustomer.registered("pushed");
    var device = customer.registerDevice();

    var orderId = deliver(customer);

    var push = await(device, n -> n.status().equals("sent"));
    assertThat(push.attempts()).isEqualTo(1);
    var requests =
        fcm()
            .server()
            .findAll(
                postRequestedFor(urlEqualTo(FcmEmulator.SEND))
                    .withHeader("Authorization", equalTo("Bearer " + FcmEmulator.ACCESS_TOKEN))
                    .withRequestBody(FcmEmulator.toDevice(device)));
    assertThat(requests).hasSize(1);
    try (var reader = Json.createReader(new StringReader(requests.get(0).getBodyAsString()))) {
      var message = reader.readObject().getJsonObject("message");
      assertThat(message.getJsonObject("notification").getString("title"))
          .isEqualTo("Your order " + orderId + " was delivered");
      assertThat(message.getJsonObject("notification").getString("body"))
          .isEqualTo("The carrier delivered it. We hope you enjoy it.");
      assertThat(message.getJsonObject("data").getString("orderId")).isEqualTo(orderId);
      assertThat(message.getJsonObject("data").getString("kind"))
          .isEqualTo("delivery_confirmation");
    }
  }

  @Test
  void aPushFcmFailsToTakeIsSentAgain() {
    var customer = NotifiedCustomer.registered("pushed");
    var device = customer.registerDevice();
    fcm().failOnce(device, 503);

    deliver(customer);

    var push = await(device, n -> n.status().equals("sent"));
    assertThat(push.attempts()).isEqualTo(2);
  }

  @Test
  void aPushFcmRefusesIsRecordedAsFailedWithTheReason() {
    var customer = NotifiedCustomer.registered("pushed");
    var device = customer.registerDevice();
    fcm()
        .answer(
            device,
            400,
            FcmPushTest.error(400, "INVALID_ARGUMENT", "The registration token is not valid"));

    deliver(customer);

    var push = await(device, n -> n.status().equals("failed"));
    assertThat(push.attempts()).isEqualTo(1);
    assertThat(push.lastError()).contains("FCM answered 400", "registration token is not valid");
    assertThat(customer.devices()).containsExactly(device);
  }

  @Test
  void aDeviceFcmNoLongerKnowsIsForgotten() {
    var customer = NotifiedCustomer.registered("pushed");
    var gone = customer.registerDevice();
    var kept = customer.registerDevice();
    fcm()
        .answer(
            gone, 404, FcmPushTest.error(404, "UNREGISTERED", "Requested entity was not found."));

    deliver(customer);

    var push = await(gone, n -> n.status().equals("failed"));
    assertThat(push.lastError()).contains("FCM answered 404", "UNREGISTERED");
    await(kept, n -> n.status().equals("sent"));
    assertThat(customer.devices()).containsExactly(kept);
  }

  @Test
  void aCustomerWhoSwitchedPushOffGetsOnlyTheEmail() {
    var customer = NotifiedCustomer.registered("pushed");
    var device = customer.registerDevice();
    customer
        .api()
        .body(
            Map.of(
                "items",
                List.of(
                    Map.of("kind", "delivery_confirmation", "channels", Map.of("push", false)))))
        .put("api/users/me/notification-preferences")
        .then()
        .statusCode(200);

    var orderId = deliver(customer);

    Mailboxes.await(customer.email(), m -> m.subject().contains(orderId));
    assertThat(NotificationLog.search(device, "", "").getInt("total")).isZero();
  }

  private static String deliver(NotifiedCustomer customer) {
    var orderId = UUID.randomUUID().toString();
    KafkaEvents.publish(
        "order.delivered",
        orderId,
        Map.of("orderId", orderId, "accountId", customer.accountId(), "email", customer.email()));
    return orderId;
  }

  private static FcmEmulator fcm() {
    return RunningShop.fcm().orElseThrow();
  }

  /** The push to the device in the history, once it matches. */
  private static NotificationLog.Entry await(
      String device, Predicate<NotificationLog.Entry> matches) {
    var push = NotificationLog.awaitNewest(device, "delivery_confirmation", matches);
    assertThat(push.channel()).isEqualTo("push");
    return push;
  }
}
