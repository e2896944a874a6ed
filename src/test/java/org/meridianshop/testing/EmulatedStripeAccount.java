package org.meridianshop.testing;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Stripe account in test mode, as much of it as the shop uses: PaymentIntents created and
 * confirmed with Stripe's test payment methods, read and cancelled, and refunds. Like Stripe it
 * wants the account's secret key, and it answers a repeated idempotency key with the first answer
 * (or refuses it when the parameters differ). Its answers are Stripe's JSON shapes.
 */
final class EmulatedStripeAccount implements ResponseDefinitionTransformerV2 {

  static final String NAME = "stripe-test-account";

  private static final Pattern PAYMENT_INTENT = Pattern.compile("/v1/payment_intents/([^/]+)");
  private static final Pattern CANCELLATION = Pattern.compile("/v1/payment_intents/([^/]+)/cancel");

  private final String secretKey;
  private final Map<String, JsonObject> paymentIntents = new HashMap<>();
  private final Map<String, Answer> answersByIdempotencyKey = new HashMap<>();

  EmulatedStripeAccount(String secretKey) {
    this.secretKey = secretKey;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** Only the account's own stub is answered by it, so a test's stubs can stand in front. */
  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
    var request = serveEvent.getRequest();
    if (!header(request, "Authorization").equals(Optional.of("Bearer " + secretKey))) {
      return StripeErrors.authentication().response();
    }
    var key =
        header(request, "Idempotency-Key")
            .filter(k -> RequestMethod.POST.equals(request.getMethod()));
    if (key.isEmpty()) {
      return answer(request).response();
    }
    var earlier = answersByIdempotencyKey.get(key.get());
    if (earlier != null) {
      return earlier.requestBody().equals(request.getBodyAsString())
          ? earlier.replayed()
          : StripeErrors.idempotencyKeyReused(key.get()).response();
    }
    var answer = answer(request);
    answersByIdempotencyKey.put(key.get(), answer);
    return answer.response();
  }

  synchronized JsonObject paymentIntent(String id) {
    var intent = paymentIntents.get(id);
    if (intent == null) {
      throw new IllegalArgumentException("No PaymentIntent " + id + " in the emulated account");
    }
    return intent.deepCopy();
  }

  /** The PaymentIntents made for an order, by the {@code order_id} in their metadata. */
  synchronized List<JsonObject> paymentIntentsOfOrder(String orderId) {
    return paymentIntents.values().stream()
        .filter(intent -> orderId.equals(metadata(intent, "order_id")))
        .map(JsonObject::deepCopy)
        .toList();
  }

  /** The customer passed 3-D Secure in Stripe.js: the waiting intent is paid. */
  synchronized void completeAuthentication(String paymentIntentId) {
    var intent = waitingForAuthentication(paymentIntentId);
    StripeObjects.succeed(intent);
  }

  /** The customer failed or abandoned 3-D Secure: the intent needs another payment method. */
  synchronized void failAuthentication(String paymentIntentId) {
    var intent = waitingForAuthentication(paymentIntentId);
    intent.add("next_action", JsonNull.INSTANCE);
    intent.addProperty("status", "requires_payment_method");
    intent.add("last_payment_error", StripeErrors.authenticationFailure());
  }

  private static String metadata(JsonObject intent, String key) {
    var value = intent.getAsJsonObject("metadata").get(key);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  private JsonObject waitingForAuthentication(String paymentIntentId) {
    var intent = paymentIntents.get(paymentIntentId);
    if (intent == null || !"requires_action".equals(intent.get("status").getAsString())) {
      throw new IllegalStateException(paymentIntentId + " is not waiting for authentication");
    }
    return intent;
  }

  private Answer answer(Request request) {
    var path = URI.create(request.getUrl()).getPath();
    var post = RequestMethod.POST.equals(request.getMethod());
    var get = RequestMethod.GET.equals(request.getMethod());
    var form = post ? form(request.getBodyAsString()) : Map.<String, String>of();
    Answer answer;
    if (post && path.equals("/v1/payment_intents")) {
      answer = createPaymentIntent(form);
    } else if (post && path.equals("/v1/refunds")) {
      answer = refund(form);
    } else if (post && CANCELLATION.matcher(path).matches()) {
      var id = group(CANCELLATION, path);
      answer = existing(id).map(intent -> cancel(intent, form)).orElseGet(() -> noSuchIntent(id));
    } else if (get && PAYMENT_INTENT.matcher(path).matches()) {
      var id = group(PAYMENT_INTENT, path);
      answer = existing(id).map(Answer::ok).orElseGet(() -> noSuchIntent(id));
    } else {
      answer = StripeErrors.unrecognizedUrl(request.getMethod() + ": " + path);
    }
    return answer.to(request.getBodyAsString());
  }

  private Answer createPaymentIntent(Map<String, String> form) {
    if (!form.containsKey("amount") || !form.containsKey("currency")) {
      return StripeErrors.missingParameter(form.containsKey("amount") ? "currency" : "amount");
    }
    var paymentMethod = form.get("payment_method");
    var card = StripeTestCard.named(paymentMethod);
    if (paymentMethod != null && card.isEmpty()) {
      return StripeErrors.noSuch("PaymentMethod", paymentMethod, "payment_method");
    }
    var intent = StripeObjects.paymentIntent(form, card.map(StripeTestCard::paymentMethodId));
    paymentIntents.put(intent.get("id").getAsString(), intent);
    if (card.isEmpty() || !"true".equals(form.get("confirm"))) {
      return Answer.ok(intent);
    }
    return switch (card.get().outcome()) {
      case SUCCEEDS -> {
        StripeObjects.succeed(intent);
        yield Answer.ok(intent);
      }
      case NEEDS_3DS -> {
        StripeObjects.requireAction(intent);
        yield Answer.ok(intent);
      }
      case DECLINED -> {
        var error = StripeErrors.cardDeclined(card.get());
        StripeObjects.decline(intent, error);
        yield StripeErrors.cardError(error, intent);
      }
    };
  }

  private Answer cancel(JsonObject intent, Map<String, String> form) {
    var status = intent.get("status").getAsString();
    if (status.equals("succeeded") || status.equals("canceled")) {
      return StripeErrors.cannotCancel(status);
    }
    StripeObjects.cancel(intent, form.get("cancellation_reason"));
    return Answer.ok(intent);
  }

  private Answer refund(Map<String, String> form) {
    var id = form.get("payment_intent");
    if (id == null) {
      return StripeErrors.missingParameter("payment_intent");
    }
    var intent = paymentIntents.get(id);
    if (intent == null) {
      return noSuchIntent(id);
    }
    if (!"succeeded".equals(intent.get("status").getAsString())) {
      return StripeErrors.nothingToRefund(id);
    }
    var received = intent.get("amount_received").getAsLong();
    var amount = form.containsKey("amount") ? Long.parseLong(form.get("amount")) : received;
    if (amount > received) {
      return StripeErrors.refundTooLarge(amount, received);
    }
    return Answer.ok(StripeObjects.refund(intent, amount));
  }

  private Optional<JsonObject> existing(String id) {
    return Optional.ofNullable(paymentIntents.get(id));
  }

  private static Answer noSuchIntent(String id) {
    return StripeErrors.noSuch("payment_intent", id, "intent");
  }

  private static String group(Pattern pattern, String path) {
    var matcher = pattern.matcher(path);
    matcher.matches();
    return matcher.group(1);
  }

  private static Optional<String> header(Request request, String name) {
    var header = request.header(name);
    return header.isPresent() ? Optional.of(header.firstValue()) : Optional.empty();
  }

  /** Stripe's form encoding, flat: {@code metadata[order_id]} stays one key. */
  private static Map<String, String> form(String body) {
    var form = new LinkedHashMap<String, String>();
    if (body == null || body.isEmpty()) {
      return form;
    }
    for (var pair : body.split("&")) {
      var equals = pair.indexOf('=');
      var name = equals < 0 ? pair : pair.substring(0, equals);
      var value = equals < 0 ? "" : pair.substring(equals + 1);
      form.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }

  /** An answer of the account, kept under its idempotency key with the request it answered. */
  record Answer(int status, String body, String requestBody) {

    static Answer ok(JsonObject object) {
      return new Answer(200, object.toString(), null);
    }

    Answer to(String request) {
      return new Answer(status, body, request == null ? "" : request);
    }

    ResponseDefinition response() {
      return builder().build();
    }

    ResponseDefinition replayed() {
      return builder().withHeader("Idempotent-Replayed", "true").build();
    }

    private ResponseDefinitionBuilder builder() {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(status)
          .withHeader("Content-Type", "application/json")
          .withHeader("Request-Id", StripeObjects.id("req_"))
          .withBody(body);
    }
  }
}
