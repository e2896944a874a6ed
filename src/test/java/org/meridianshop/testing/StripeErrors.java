package org.meridianshop.testing;

import com.google.gson.JsonObject;
import org.meridianshop.testing.EmulatedStripeAccount.Answer;

/** Stripe's error answers, with its messages and codes, for what the emulated account refuses. */
final class StripeErrors {

  private StripeErrors() {}

  static Answer authentication() {
    return answer(
        401,
        error(
            "invalid_request_error",
            null,
            "Invalid API Key provided: sk_test_****. Use the emulator's key."));
  }

  static Answer idempotencyKeyReused(String key) {
    return answer(
        400,
        error(
            "idempotency_error",
            null,
            "Keys for idempotent requests can only be used with the same parameters they were"
                + " first used with. Try using a key other than '"
                + key
                + "' if you meant to execute a different request."));
  }

  static Answer unrecognizedUrl(String request) {
    return answer(
        404,
        error(
            "invalid_request_error",
            null,
            "Unrecognized request URL ("
                + request
                + "). The emulator knows only what the shop"
                + " uses."));
  }

  static Answer missingParameter(String parameter) {
    var error =
        error("invalid_request_error", "parameter_missing", "Missing required param: " + parameter);
    error.addProperty("param", parameter);
    return answer(400, error);
  }

  static Answer noSuch(String kind, String id, String parameter) {
    var error =
        error("invalid_request_error", "resource_missing", "No such " + kind + ": '" + id + "'");
    error.addProperty("param", parameter);
    return answer(404, error);
  }

  static Answer cannotCancel(String status) {
    return answer(
        400,
        error(
            "invalid_request_error",
            "payment_intent_unexpected_state",
            "You cannot cancel this PaymentIntent because it has a status of "
                + status
                + ". Only a PaymentIntent with one of the following statuses may be canceled:"
                + " requires_payment_method, requires_capture, requires_confirmation,"
                + " requires_action, processing."));
  }

  static Answer nothingToRefund(String paymentIntentId) {
    return answer(
        400,
        error(
            "invalid_request_error",
            "charge_not_refundable",
            "This PaymentIntent ("
                + paymentIntentId
                + ") does not have a successful charge to"
                + " refund."));
  }

  static Answer refundTooLarge(long amount, long received) {
    var error =
        error(
            "invalid_request_error",
            "amount_too_large",
            "Refund amount (" + amount + ") is greater than charge amount (" + received + ")");
    error.addProperty("param", "amount");
    return answer(400, error);
  }

  static JsonObject cardDeclined(StripeTestCard card) {
    var error = error("card_error", "card_declined", card.declineMessage());
    error.addProperty("decline_code", card.declineCode());
    error.addProperty("charge", StripeObjects.id("ch_"));
    error.addProperty("doc_url", "https://stripe.com/docs/error-codes/card-declined");
    return error;
  }

  /** A 402 with the failed intent inside the error, as Stripe answers a declined confirmation. */
  static Answer cardError(JsonObject error, JsonObject intent) {
    var body = error.deepCopy();
    body.add("payment_intent", intent.deepCopy());
    return answer(402, body);
  }

  static JsonObject authenticationFailure() {
    var error =
        error(
            "invalid_request_error",
            "payment_intent_authentication_failure",
            "The provided PaymentMethod has failed authentication. You can provide"
                + " payment_method_data or a new PaymentMethod to attempt to fulfill this"
                + " PaymentIntent again.");
    error.addProperty(
        "doc_url", "https://stripe.com/docs/error-codes/payment-intent-authentication-failure");
    return error;
  }

  private static JsonObject error(String type, String code, String message) {
    var error = new JsonObject();
    error.addProperty("type", type);
    if (code != null) {
      error.addProperty("code", code);
    }
    error.addProperty("message", message);
    return error;
  }

  private static Answer answer(int status, JsonObject error) {
    var body = new JsonObject();
    body.add("error", error);
    return new Answer(status, body.toString(), null);
  }
}
