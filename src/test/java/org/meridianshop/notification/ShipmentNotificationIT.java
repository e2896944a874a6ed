package org.meridianshop.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.KafkaEvents;
import org.meridianshop.testing.Mailboxes;
import org.meridianshop.testing.RunningShop;
import org.meridianshop.testing.TwilioEmulator;

/**
 * A shipped order is emailed and texted (the production wiring, Twilio emulated by WireMock): a
 * text Twilio fails to take is sent again, one it refuses is recorded as failed with its reason.
 */
@ExtendWith(RunningShop.class)
class ShipmentNotificationIT {

  @Test
  void aShipmentIsEmailedAndTextedWithItsTrackingNumber() {
    var customer = NotifiedCustomer.registered("shipped");
    answer(customer, aResponse().withStatus(201));

    ship(customer, "1Z999AA10000000001");

    var email = Mailboxes.await(customer.email(), m -> m.subject().contains("is on its way"));
    assertThat(email.text()).contains("Carrier: UPS. Tracking number: 1Z999AA10000000001.");
    var sms = await(customer.phone(), n -> n.status().equals("sent"));
    assertThat(sms.attempts()).isEqualTo(1);
    twilio()
        .verify(
            postRequestedFor(urlEqualTo(TwilioEmulator.MESSAGES))
                .withRequestBody(containing("To=%2B" + customer.phone().substring(1)))
                .withRequestBody(containing("tracking+number+1Z999AA10000000001")));
  }

  @Test
  void aTextTwilioFailsToTakeIsSentAgain() {
    var customer = NotifiedCustomer.registered("shipped");
    var scenario = "outage-" + customer.phone();
    twilio()
        .stubFor(
            forCustomer(customer)
                .inScenario(scenario)
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("back"));
    twilio()
        .stubFor(
            forCustomer(customer)
                .inScenario(scenario)
                .whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(201)));

    ship(customer, "1Z999AA10000000002");

    var sms = await(customer.phone(), n -> n.status().equals("sent"));
    assertThat(sms.attempts()).isEqualTo(2);
  }

  @Test
  void aTextTwilioRefusesIsRecordedAsFailedWithTheReason() {
    var customer = NotifiedCustomer.registered("shipped");
    answer(
        customer,
        aResponse()
            .withStatus(400)
            .withBody(
                "{\"code\": 21614, \"message\": \"'To' number is not a valid mobile number\"}"));

    ship(customer, "1Z999AA10000000003");

    var sms = await(customer.phone(), n -> n.status().equals("failed"));
    assertThat(sms.attempts()).isEqualTo(1);
    assertThat(sms.lastError()).contains("Twilio answered 400", "not a valid mobile number");
  }

  @Test
  void aCustomerWhoSwitchedTextsOffGetsOnlyTheEmail() {
    var customer = NotifiedCustomer.registered("shipped");
    answer(customer, aResponse().withStatus(201));
    customer
        .api()
        .body(
            Map.of(
                "items",
                List.of(Map.of("kind", "shipment_notification", "channels", Map.of("sms", false)))))
        .put("api/users/me/notification-preferences")
        .then()
        .statusCode(200);

    ship(customer, "1Z999AA10000000004");

    Mailboxes.await(customer.email(), m -> m.text().contains("1Z999AA10000000004"));
    assertThat(NotificationLog.search(customer.phone(), "", "").getInt("total")).isZero();
  }

  private static void ship(NotifiedCustomer customer, String trackingNumber) {
    var orderId = UUID.randomUUID().toString();
    KafkaEvents.publish(
        "order.shipped",
        orderId,
        Map.of(
            "orderId",
            orderId,
            "accountId",
            customer.accountId(),
            "email",
            customer.email(),
            "carrier",
            "UPS",
            "trackingNumber",
            trackingNumber));
  }

  private static void answer(NotifiedCustomer customer, ResponseDefinitionBuilder answer) {
    twilio().stubFor(forCustomer(customer).willReturn(answer));
  }

  private static MappingBuilder forCustomer(NotifiedCustomer customer) {
    return post(urlEqualTo(TwilioEmulator.MESSAGES))
        .withRequestBody(containing("To=%2B" + customer.phone().substring(1)));
  }

  private static WireMockServer twilio() {
    return RunningShop.twilio().orElseThrow().server();
  }

  /** The newest text message to the phone number in the history, once it matches. */
  private static NotificationLog.Entry await(
      String phone, Predicate<NotificationLog.Entry> matches) {
    var sms = NotificationLog.awaitNewest(phone, "shipment_notification", matches);
    assertThat(sms.channel()).isEqualTo("sms");
    return sms;
  }
}
