package org.meridianshop.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
 * else is refused before it is read, and a charge that Stripe reports more than once, or with older
 * news arriving last, settles its order once. Runs on the production wiring, whose shop is given an
 * emulated Stripe account.
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

  @Test
  void aRepeatedSucceededEventAndOlderNewsAfterItSettleA3dSecureOrderOnce() {
    var stock = Stock.of(72, 2);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 1);
    var orderId = shopper.placeOrder("pm_card_threeDSecure2Required");
    var waiting =
        shopper.awaitOrder(orderId, o -> "requires_action".equals(o.getString("payment.status")));
    var clientSecret = waiting.getString("payment.clientSecret");
    var chargeId = clientSecret.substring(0, clientSecret.indexOf("_secret_"));
    customerPassesChallenge(orderId, chargeId);

    var succeeded = stripe.event("payment_intent.succeeded", intent(chargeId, "succeeded"));
    var stillWaiting =
        stripe.event("payment_intent.requires_action", intent(chargeId, "requires_action"));
    webhook(succeeded, stripe.signature(succeeded)).then().statusCode(200);
    webhook(succeeded, stripe.signature(succeeded)).then().statusCode(200);
    webhook(stillWaiting, stripe.signature(stillWaiting)).then().statusCode(200);

    var order = shopper.awaitStatus(orderId, "confirmed");
    assertThat(order.getString("payment.status")).isEqualTo("succeeded");
    assertThat(order.getList("history.status")).containsExactly("pending", "confirmed");
    stock.awaitAvailable(1);
    assertThat(stock.onHand()).isEqualTo(1);
  }

  /**
   * Passes 3-D Secure at Stripe when the shop charges the emulated account; a shop on the offline
   * gateway made the charge itself, and the signed events alone must settle it just the same.
   */
  private void customerPassesChallenge(String orderId, String chargeId) {
    if (!stripe.paymentIntentsOfOrder(orderId).isEmpty()) {
      stripe.completeAuthentication(chargeId);
    }
  }

  private static JsonObject intent(String id, String status) {
    var intent = new JsonObject();
    intent.addProperty("id", id);
    intent.addProperty("object", "payment_intent");
    intent.addProperty("status", status);
    intent.addProperty("client_secret", id + "_secret_fromTheEvent");
    return intent;
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
