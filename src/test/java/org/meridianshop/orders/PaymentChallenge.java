package org.meridianshop.orders;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.meridianshop.testing.RunningShop;

/**
 * Completes (or fails) the 3-D Secure step of an order's payment, as the customer would in the
 * provider's window. The charge's id is the part of the client secret before {@code _secret_}, as
 * with Stripe.
 */
final class PaymentChallenge {

  private PaymentChallenge() {}

  static void answer(JsonPath order, boolean passed) {
    post(order, Map.of("passed", passed)).then().statusCode(204);
  }

  /** Passes the challenge, but the provider's notice to the shop is lost. */
  static void passUnheard(JsonPath order) {
    post(order, Map.of("passed", true, "notifyShop", false)).then().statusCode(204);
  }

  static Response post(JsonPath order, Map<String, Object> answer) {
    var secret = order.getString("payment.clientSecret");
    var chargeId = secret.substring(0, secret.indexOf("_secret_"));
    return given()
        .baseUri(RunningShop.baseUri().toString())
        .contentType("application/json")
        .body(withSecret(answer, secret))
        .post("api/payments/offline/{id}/authentication", chargeId);
  }

  private static Map<String, Object> withSecret(Map<String, Object> answer, String secret) {
    var body = new HashMap<>(answer);
    body.put("clientSecret", secret);
    return body;
  }
}
