package org.meridianshop.payment.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentCreateParams.AutomaticPaymentMethods;
import com.stripe.param.PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects;
import com.stripe.param.RefundCreateParams;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import org.meridianshop.payment.GatewayUnavailableException;
import org.meridianshop.payment.PaymentGateway;
import org.meridianshop.platform.money.Money;

/**
 * Charges through Stripe's PaymentIntents. Each gateway has its own client (never stripe-java's
 * global key), which retries a call that got no answer, a timeout or a server error twice, with the
 * same idempotency key, so Stripe performs it at most once. What still fails is {@link
 * GatewayUnavailableException}; a request Stripe will never accept (a wrong key, an unknown id) is
 * a configuration bug and an {@link IllegalStateException}.
 */
public final class StripeGateway implements PaymentGateway {

  private static final Logger LOG = Logger.getLogger(StripeGateway.class.getName());

  /** How long one call may take, and how often it is retried. */
  record NetworkLimits(Duration connectTimeout, Duration readTimeout, int retries) {

    /**
     * A checkout's charge runs in an event handler, not in a shopper's request, so it can wait for
     * a slow bank; a stuck connection still gives up in well under a minute with the retries.
     */
    static final NetworkLimits DEFAULT =
        new NetworkLimits(Duration.ofSeconds(5), Duration.ofSeconds(20), 2);
  }

  private final StripeClient stripe;

  public StripeGateway(StripeSettings settings) {
    this(settings, NetworkLimits.DEFAULT);
  }

  StripeGateway(StripeSettings settings, NetworkLimits limits) {
    var client =
        StripeClient.builder()
            .setApiKey(settings.secretKey())
            .setConnectTimeout(Math.toIntExact(limits.connectTimeout().toMillis()))
            .setReadTimeout(Math.toIntExact(limits.readTimeout().toMillis()))
            .setMaxNetworkRetries(limits.retries());
    settings
        .apiBaseIfSet()
        .ifPresent(base -> client.setApiBase(base.toString().replaceAll("/+$", "")));
    this.stripe = client.build();
  }

  @Override
  public String provider() {
    return "stripe";
  }

  @Override
  public Charge charge(ChargeRequest request) {
    var params =
        PaymentIntentCreateParams.builder()
            .setAmount(minorUnits(request.amount()))
            .setCurrency(request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
            .setPaymentMethod(request.paymentMethod())
            .setConfirm(true)
            // cards only need 3-D Secure, which Stripe.js completes in the page: no redirects
            .setAutomaticPaymentMethods(
                AutomaticPaymentMethods.builder()
                    .setEnabled(true)
                    .setAllowRedirects(AllowRedirects.NEVER)
                    .build())
            .putMetadata("order_id", request.orderId())
            .setReceiptEmail(request.email())
            .build();
    try {
      return PaymentIntentCharges.of(
          stripe.v1().paymentIntents().create(params, idempotencyKey(request.idempotencyKey())));
    } catch (CardException e) {
      // a declined card is a 402 whose error carries the failed intent, when one was made
      var error = e.getStripeError();
      PaymentIntent intent = error == null ? null : error.getPaymentIntent();
      return Charge.failed(
          intent == null ? null : intent.getId(), PaymentIntentCharges.reason(error));
    } catch (StripeException e) {
      throw failure("charge order " + request.orderId(), e);
    }
  }

  @Override
  public Charge charge(String transactionId) {
    try {
      return PaymentIntentCharges.of(stripe.v1().paymentIntents().retrieve(transactionId));
    } catch (StripeException e) {
      throw failure("read payment " + transactionId, e);
    }
  }

  @Override
  public Refund refund(String transactionId, Money amount, String idempotencyKey) {
    var params =
        RefundCreateParams.builder()
            .setPaymentIntent(transactionId)
            .setAmount(minorUnits(amount))
            .build();
    try {
      var refund = stripe.v1().refunds().create(params, idempotencyKey(idempotencyKey));
      return switch (refund.getStatus()) {
        // a pending refund completes on its own (card refunds take days to reach the statement)
        case "succeeded", "pending" -> new Refund(refund.getId(), true, null);
        default ->
            new Refund(
                refund.getId(),
                false,
                refund.getFailureReason() == null ? refund.getStatus() : refund.getFailureReason());
      };
    } catch (StripeException e) {
      throw failure("refund payment " + transactionId, e);
    }
  }

  @Override
  public void cancel(String transactionId) {
    try {
      stripe.v1().paymentIntents().cancel(transactionId);
    } catch (InvalidRequestException e) {
      if (!"payment_intent_unexpected_state".equals(e.getCode())) {
        throw failure("cancel payment " + transactionId, e);
      }
      // Stripe cancels only an intent still waiting. One already cancelled is what was asked for;
      // one that succeeded meanwhile (the customer finished 3-D Secure) has its own notice,
      // payment_intent.succeeded, and is then refunded, not cancelled. Nothing is left pending.
      LOG.info(() -> "Payment " + transactionId + " was already settled: " + e.getMessage());
    } catch (StripeException e) {
      throw failure("cancel payment " + transactionId, e);
    }
  }

  /**
   * The amount in the currency's smallest unit, as Stripe counts it: cents for USD, yen for JPY
   * (which has no minor unit). Money is held at exactly the currency's fraction digits, so this is
   * exact.
   */
  static long minorUnits(Money money) {
    return money
        .amount()
        .movePointRight(money.currency().getDefaultFractionDigits())
        .longValueExact();
  }

  private static RequestOptions idempotencyKey(String key) {
    return RequestOptions.builder().setIdempotencyKey(key).build();
  }

  private static RuntimeException failure(String action, StripeException e) {
    // ApiException covers Stripe's server errors and rate limits (RateLimitException)
    if (e instanceof ApiConnectionException || e instanceof ApiException) {
      return new GatewayUnavailableException(
          "Stripe could not " + action + ": " + e.getMessage(), e);
    }
    // authentication, permission, an invalid or repeated-with-other-values request: retrying
    // cannot help, the configuration or the code must change
    return new IllegalStateException(
        "Stripe refused to %s (%s, request %s): %s"
            .formatted(action, e.getClass().getSimpleName(), e.getRequestId(), e.getMessage()),
        e);
  }
}
