package org.meridianshop.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.stripe.Stripe;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe's objects as its API renders them (the fields the shop and stripe-java read, and more).
 */
final class StripeObjects {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private StripeObjects() {}

  /** An id in Stripe's style, such as {@code pi_3Qf0Kd2eZvKYlo2C1x9y8w7v}. */
  static String id(String prefix) {
    var id = new StringBuilder(prefix).append("3Q");
    for (int i = 0; i < 22; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  static JsonObject paymentIntent(Map<String, String> form, Optional<String> paymentMethodId) {
    var id = id("pi_");
    var intent = new JsonObject();
    intent.addProperty("id", id);
    intent.addProperty("object", "payment_intent");
    intent.addProperty("amount", Long.parseLong(form.get("amount")));
    intent.addProperty("amount_capturable", 0);
    intent.addProperty("amount_received", 0);
    var automatic = new JsonObject();
    automatic.addProperty("enabled", "true".equals(form.get("automatic_payment_methods[enabled]")));
    automatic.addProperty(
        "allow_redirects",
        form.getOrDefault("automatic_payment_methods[allow_redirects]", "always"));
    intent.add("automatic_payment_methods", automatic);
    intent.add("canceled_at", JsonNull.INSTANCE);
    intent.add("cancellation_reason", JsonNull.INSTANCE);
    intent.addProperty("capture_method", "automatic");
    intent.addProperty("client_secret", id + "_secret_" + id("").substring(2));
    intent.addProperty("confirmation_method", "automatic");
    intent.addProperty("created", Instant.now().getEpochSecond());
    intent.addProperty("currency", form.get("currency"));
    intent.add("last_payment_error", JsonNull.INSTANCE);
    intent.add("latest_charge", JsonNull.INSTANCE);
    intent.addProperty("livemode", false);
    var metadata = new JsonObject();
    form.forEach(
        (name, value) -> {
          if (name.startsWith("metadata[") && name.endsWith("]")) {
            metadata.addProperty(name.substring(9, name.length() - 1), value);
          }
        });
    intent.add("metadata", metadata);
    intent.add("next_action", JsonNull.INSTANCE);
    intent.addProperty("payment_method", paymentMethodId.orElse(null));
    var types = new JsonArray();
    types.add("card");
    intent.add("payment_method_types", types);
    intent.addProperty("receipt_email", form.get("receipt_email"));
    intent.addProperty("status", "requires_payment_method");
    return intent;
  }

  static void succeed(JsonObject intent) {
    intent.addProperty("status", "succeeded");
    intent.addProperty("amount_received", intent.get("amount").getAsLong());
    intent.addProperty("latest_charge", id("ch_"));
    intent.add("next_action", JsonNull.INSTANCE);
    intent.add("last_payment_error", JsonNull.INSTANCE);
  }

  /** What Stripe.js needs to run the 3-D Secure challenge in the page. */
  static void requireAction(JsonObject intent) {
    intent.addProperty("status", "requires_action");
    var sdk = new JsonObject();
    sdk.addProperty("type", "three_d_secure_redirect");
    sdk.addProperty("stripe_js", "https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_test");
    sdk.addProperty("source", id("src_"));
    var action = new JsonObject();
    action.addProperty("type", "use_stripe_sdk");
    action.add("use_stripe_sdk", sdk);
    intent.add("next_action", action);
  }

  /** A declined attempt leaves the intent waiting for another payment method. */
  static void decline(JsonObject intent, JsonObject error) {
    intent.addProperty("status", "requires_payment_method");
    intent.addProperty("latest_charge", error.get("charge").getAsString());
    intent.add("last_payment_error", error.deepCopy());
    intent.add("payment_method", JsonNull.INSTANCE);
  }

  static void cancel(JsonObject intent, String reason) {
    intent.addProperty("status", "canceled");
    intent.addProperty("canceled_at", Instant.now().getEpochSecond());
    intent.addProperty("cancellation_reason", reason);
    intent.add("next_action", JsonNull.INSTANCE);
  }

  static JsonObject refund(JsonObject intent, long amount) {
    var refund = new JsonObject();
    refund.addProperty("id", id("re_"));
    refund.addProperty("object", "refund");
    refund.addProperty("amount", amount);
    refund.addProperty("charge", intent.get("latest_charge").getAsString());
    refund.addProperty("created", Instant.now().getEpochSecond());
    refund.addProperty("currency", intent.get("currency").getAsString());
    refund.add("metadata", new JsonObject());
    refund.addProperty("payment_intent", intent.get("id").getAsString());
    refund.add("reason", JsonNull.INSTANCE);
    refund.add("receipt_number", JsonNull.INSTANCE);
    refund.addProperty("status", "succeeded");
    return refund;
  }

  /** An event as Stripe posts it to a webhook endpoint, in stripe-java's API version. */
  static JsonObject event(String type, JsonObject object) {
    var event = new JsonObject();
    event.addProperty("id", id("evt_"));
    event.addProperty("object", "event");
    event.addProperty("api_version", Stripe.API_VERSION);
    event.addProperty("created", Instant.now().getEpochSecond());
    var data = new JsonObject();
    data.add("object", object);
    event.add("data", data);
    event.addProperty("livemode", false);
    event.addProperty("pending_webhooks", 1);
    var request = new JsonObject();
    request.add("id", JsonNull.INSTANCE);
    request.add("idempotency_key", JsonNull.INSTANCE);
    event.add("request", request);
    event.addProperty("type", type);
    return event;
  }
}
