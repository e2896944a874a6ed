package org.meridianshop.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.meridianshop.testing.RunningShop;
import org.meridianshop.testing.StripeEmulator;

/**
 * Completes (or fails) the 3-D Secure step of an order's payment, as the customer would in the
 * provider's window: at the emulated Stripe account when the shop charged it (then Stripe's event
 * reaches the shop's webhook), else at the offline gateway's emulated challenge. The charge's id is
 * the part of the client secret before {@code _secret_}, with both.
 */
final class PaymentChallenge {

  private PaymentChallenge() {}

  static void answer(JsonPath order, boolean passed) {
    var stripe = stripeHolding(order);
    if (stripe.isEmpty()) {
      post(order, Map.of("passed", passed)).then().statusCode(204);
      return;
    }
    var chargeId = chargeId(order);
    if (passed) {
      stripe.get().completeAuthentication(chargeId);
    } else {
      stripe.get().failAuthentication(chargeId);
    }
    var event = passed ? "payment_intent.succeeded" : "payment_intent.payment_failed";
    var webhook = RunningShop.baseUri().resolve("api/payments/webhook");
    assertThat(stripe.get().deliver(event, chargeId, webhook)).isEqualTo(200);
  }

  /** Passes the challenge, but the provider's notice to the shop is lost. */
  static void passUnheard(JsonPath order) {
    var stripe = stripeHolding(order);
    if (stripe.isEmpty()) {
      post(order, Map.of("passed", true, "notifyShop", false)).then().statusCode(204);
      return;
    }
    stripe.get().completeAuthentication(chargeId(order));
  }

  /** The offline gateway's emulated challenge. */
  static Response post(JsonPath order, Map<String, Object> answer) {
    var secret = order.getString("payment.clientSecret");
    var chargeId = chargeId(order);
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .contentType("application/json")
        .body(withSecret(answer, secret))
        .post("api/payments/offline/{id}/authentication", chargeId);
  }

  private static String chargeId(JsonPath order) {
    var secret = order.getString("payment.clientSecret");
    return secret.substring(0, secret.indexOf("_secret_"));
  }

  private static Optional<StripeEmulator> stripeHolding(JsonPath order) {
    return RunningShop.stripe()
        .filter(stripe -> !stripe.paymentIntentsOfOrder(order.getString("orderId")).isEmpty());
  }

  private static Map<String, Object> withSecret(Map<String, Object> answer, String secret) {
    var body = new HashMap<>(answer);
    body.put("clientSecret", secret);
    return body;
  }
}
