package org.meridianshop.payment.stripe;

import com.google.gson.JsonParseException;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.net.ApiResource;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.meridianshop.payment.PaymentGateway.Charge;
import org.meridianshop.platform.errors.InvalidInputException;

/**
 * Reads the events Stripe posts to the shop. Only a payload signed with the endpoint's secret, at
 * most five minutes ago, is believed (the signature covers the timestamp, so an old event cannot be
 * replayed); of those, the four that settle or stall a PaymentIntent become a {@link Charge}, and
 * every other event type is none of the shop's business.
 */
public final class StripeWebhooks {

  /** Stripe's own recommendation: long enough for clock skew and retries, short against replay. */
  static final Duration TOLERANCE = Duration.ofMinutes(5);

  static final String SIGNATURE_HEADER = "Stripe-Signature";

  private final String secret;
  private final Clock clock;

  public StripeWebhooks(String secret) {
    this(secret, Clock.systemUTC());
  }

  StripeWebhooks(String secret, Clock clock) {
    this.secret = secret;
    this.clock = clock;
  }

  /** A charge as one of Stripe's events describes it; {@code eventId} tells repeats apart. */
  public record ChargeNotice(String eventId, Charge charge) {}

  /**
   * The charge the signed event tells of, or nothing for an event about something else.
   *
   * @throws InvalidInputException when the signature is missing, wrong or too old, or the payload
   *     is not an event
   */
  public Optional<ChargeNotice> read(String payload, String signature) {
    if (signature == null || signature.isBlank()) {
      throw new InvalidInputException(SIGNATURE_HEADER, "The request is not signed.");
    }
    try {
      // checked before the payload is parsed, so nothing unsigned is even read
      Webhook.Signature.verifyHeader(payload, signature, secret, TOLERANCE.toSeconds(), clock);
    } catch (SignatureVerificationException e) {
      throw new InvalidInputException(SIGNATURE_HEADER, e.getMessage());
    } catch (NumberFormatException e) {
      // stripe-java reads the timestamp without checking that it is one
      throw new InvalidInputException(SIGNATURE_HEADER, "The signature's timestamp is not a time.");
    }
    try {
      var event = ApiResource.GSON.fromJson(payload, Event.class);
      if (event == null || event.getId() == null || event.getType() == null) {
        throw new InvalidInputException("body", "The body is not a Stripe event.");
      }
      return chargeMaker(event.getType())
          .map(toCharge -> new ChargeNotice(event.getId(), toCharge.apply(paymentIntentOf(event))));
    } catch (JsonParseException e) {
      throw new InvalidInputException("body", "The body is not a Stripe event: " + e.getMessage());
    }
  }

  private static Optional<Function<PaymentIntent, Charge>> chargeMaker(String eventType) {
    return Optional.ofNullable(
        switch (eventType) {
          case "payment_intent.succeeded" -> intent -> Charge.succeeded(intent.getId());
          case "payment_intent.payment_failed" -> PaymentIntentCharges::failed;
          case "payment_intent.canceled" -> PaymentIntentCharges::cancelled;
          case "payment_intent.requires_action" -> PaymentIntentCharges::actionRequired;
          default -> null;
        });
  }

  /**
   * The event's PaymentIntent. An event rendered in another API version than stripe-java's is still
   * read: the fields used here (id, status, client secret, last error) have not changed.
   */
  private static PaymentIntent paymentIntentOf(Event event) {
    var data = event.getDataObjectDeserializer();
    try {
      var object = data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe();
      if (object instanceof PaymentIntent intent && intent.getId() != null) {
        return intent;
      }
    } catch (EventDataObjectDeserializationException | JsonParseException e) {
      // refused below, as any other object that is not a PaymentIntent
    }
    throw new InvalidInputException(
        "body", "The " + event.getType() + " event does not carry a PaymentIntent.");
  }
}
