package org.meridianshop.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.Stripe;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.meridianshop.payment.PaymentGateway.Charge;
import org.meridianshop.payment.PaymentGateway.Outcome;
import org.meridianshop.payment.stripe.StripeWebhooks.ChargeNotice;
import org.meridianshop.platform.errors.InvalidInputException;

class StripeWebhooksTest {

  private static final String SECRET = "whsec_unitTestSecret";

  private final StripeWebhooks webhooks = new StripeWebhooks(SECRET);

  @Test
  void aSignedSucceededEventSettlesTheCharge() {
    var payload = event("evt_1", "payment_intent.succeeded", intent("pi_1", "succeeded", "null"));

    var notice = webhooks.read(payload, sign(payload, SECRET, Instant.now()));

    assertThat(notice).contains(new ChargeNotice("evt_1", Charge.succeeded("pi_1")));
  }

  @Test
  void aFailedPaymentCarriesStripesReason() {
    var error =
        """
        {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
         "message": "Your card has insufficient funds."}""";
    var payload =
        event(
            "evt_2",
            "payment_intent.payment_failed",
            intent("pi_2", "requires_payment_method", error));

    var notice = webhooks.read(payload, sign(payload, SECRET, Instant.now())).orElseThrow();

    assertThat(notice.charge())
        .isEqualTo(Charge.failed("pi_2", "Your card has insufficient funds. (insufficient_funds)"));
  }

  @Test
  void aCancelledPaymentIsAFailedCharge() {
    var payload = event("evt_3", "payment_intent.canceled", intent("pi_3", "canceled", "null"));

    var charge = webhooks.read(payload, sign(payload, SECRET, Instant.now())).orElseThrow();

    assertThat(charge.charge().outcome()).isEqualTo(Outcome.FAILED);
    assertThat(charge.charge().failureReason()).isEqualTo("The payment was cancelled (abandoned).");
  }

  @Test
  void aPaymentWaitingFor3dSecureHandsOnItsClientSecret() {
    var payload =
        event("evt_4", "payment_intent.requires_action", intent("pi_4", "requires_action", "null"));

    var charge = webhooks.read(payload, sign(payload, SECRET, Instant.now())).orElseThrow();

    assertThat(charge.charge()).isEqualTo(Charge.actionRequired("pi_4", "pi_4_secret_abc"));
  }

  @Test
  void otherEventsAreNoneOfTheShopsBusiness() {
    var payload =
        event("evt_5", "customer.created", "{\"id\": \"cus_1\", \"object\": \"customer\"}");

    assertThat(webhooks.read(payload, sign(payload, SECRET, Instant.now()))).isEmpty();
  }

  @Test
  void aPayloadSignedWithAnotherSecretIsRefused() {
    var payload = event("evt_6", "payment_intent.succeeded", intent("pi_6", "succeeded", "null"));

    assertRefused(payload, sign(payload, "whsec_someoneElse", Instant.now()));
  }

  @Test
  void aPayloadChangedAfterSigningIsRefused() {
    var payload = event("evt_7", "payment_intent.succeeded", intent("pi_7", "succeeded", "null"));
    var signature = sign(payload, SECRET, Instant.now());

    assertRefused(payload.replace("pi_7", "pi_8"), signature);
  }

  @Test
  void aSignatureOlderThanFiveMinutesIsRefused() {
    var payload = event("evt_8", "payment_intent.succeeded", intent("pi_8", "succeeded", "null"));

    assertRefused(payload, sign(payload, SECRET, Instant.now().minus(Duration.ofMinutes(6))));
  }

  @Test
  void aSignatureFourMinutesOldIsStillGood() {
    var payload = event("evt_9", "payment_intent.succeeded", intent("pi_9", "succeeded", "null"));

    assertThat(webhooks.read(payload, sign(payload, SECRET, Instant.now().minusSeconds(240))))
        .isPresent();
  }

  @Test
  void anUnsignedPayloadIsRefused() {
    var payload = event("evt_10", "payment_intent.succeeded", intent("pi_10", "succeeded", "null"));

    assertRefused(payload, null);
    assertRefused(payload, "");
    assertRefused(payload, "t=not-a-time");
  }

  @Test
  void aSignedBodyThatIsNotAnEventIsRefused() {
    assertRefused("not json", sign("not json", SECRET, Instant.now()));
    assertRefused("{}", sign("{}", SECRET, Instant.now()));
  }

  private void assertRefused(String payload, String signature) {
    assertThatThrownBy(() -> webhooks.read(payload, signature))
        .isInstanceOf(InvalidInputException.class);
  }

  /** Stripe's scheme, written out here so the test does not trust the code it checks. */
  private static String sign(String payload, String secret, Instant at) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      var signed = at.getEpochSecond() + "." + payload;
      return "t=%d,v1=%s"
          .formatted(
              at.getEpochSecond(),
              HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8))));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String event(String id, String type, String object) {
    return """
        {"id": "%s", "object": "event", "api_version": "%s", "created": 1764000000,
         "data": {"object": %s}, "livemode": false, "pending_webhooks": 1,
         "request": {"id": null, "idempotency_key": null}, "type": "%s"}"""
        .formatted(id, Stripe.API_VERSION, object, type);
  }

  private static String intent(String id, String status, String lastPaymentError) {
    return """
        {"id": "%s", "object": "payment_intent", "amount": 1000, "currency": "usd",
         "client_secret": "%s_secret_abc", "status": "%s", "last_payment_error": %s,
         "cancellation_reason": %s, "metadata": {"order_id": "order-1"}}"""
        .formatted(
            id, id, status, lastPaymentError, status.equals("canceled") ? "\"abandoned\"" : "null");
  }
}
