package org.meridianshop.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.google.gson.JsonObject;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.testing.RunningShop;
import org.meridianshop.testing.StripeEmulator;

/**
 * Stripe's webhook as Stripe uses it: events signed with the endpoint's secret are taken, anything
 * else is refused before it is read. Runs on the production wiring, whose shop charges an emulated
 * Stripe account.
 */
@ExtendWith(RunningShop.class)
class PaymentWebhookIT {

  private final StripeEmulator stripe =
      RunningShop.stripe()
          .orElseThrow(() -> new IllegalStateException("Run on the production wiring"));

  @Test
  void anEventWithAWrongSignatureIsRefused() {
    var payload = stripe.event("payment_intent.succeeded", unknownIntent());
    var forged = stripe.signature(payload.replace("pi_", "pi_x"));

    webhook(payload, forged)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("Stripe-Signature"));
  }

  @Test
  void anEventSignedLongAgoIsRefused() {
    var payload = stripe.event("payment_intent.succeeded", unknownIntent());

    webhook(payload, stripe.signature(payload, Instant.now().minus(Duration.ofMinutes(6))))
        .then()
        .statusCode(400);
  }

  @Test
  void anUnsignedEventIsRefused() {
    api()
        .body(stripe.event("payment_intent.succeeded", unknownIntent()))
        .post()
        .then()
        .statusCode(400);
  }

  @Test
  void anEventAboutAPaymentTheShopNeverMadeChangesNothing() {
    var payload = stripe.event("payment_intent.succeeded", unknownIntent());

    webhook(payload, stripe.signature(payload)).then().statusCode(200);
    // Stripe sends it again when it is not sure we got it: still fine
    webhook(payload, stripe.signature(payload)).then().statusCode(200);
  }

  @Test
  void eventsOfOtherKindsAreTakenAndIgnored() {
    var customer = new JsonObject();
    customer.addProperty("id", "cus_webhookTest");
    customer.addProperty("object", "customer");
    var payload = stripe.event("customer.created", customer);

    webhook(payload, stripe.signature(payload)).then().statusCode(200);
  }

  private static JsonObject unknownIntent() {
    var intent = new JsonObject();
    intent.addProperty("id", "pi_neverMadeByThisShop");
    intent.addProperty("object", "payment_intent");
    intent.addProperty("amount", 1000);
    intent.addProperty("currency", "usd");
    intent.addProperty("status", "succeeded");
    return intent;
  }

  private static io.restassured.response.Response webhook(String payload, String signature) {
    return api().header("Stripe-Signature", signature).body(payload).post();
  }

  private static RequestSpecification api() {
    return given()
        .baseUri(RunningShop.baseUri().resolve("api/payments/webhook").toString())
        .contentType("application/json; charset=utf-8");
  }
}
