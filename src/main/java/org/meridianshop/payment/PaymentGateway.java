package org.meridianshop.payment;

import org.meridianshop.platform.money.Money;

/**
 * A port for the company that moves the money. Stripe at scale; an offline gateway that behaves
 * like Stripe's test mode by default. Every call that charges or refunds carries an idempotency
 * key, so a retry after a timeout never charges twice. A call that cannot reach the provider (after
 * the adapter's own retries) throws {@link GatewayUnavailableException}, and the caller retries it
 * later with the same key.
 */
public interface PaymentGateway {

  /** The provider's name as payments record it, such as {@code stripe}. */
  String provider();

  /**
   * Creates and confirms a charge of the amount with the payment method (a Stripe PaymentMethod id
   * such as {@code pm_card_visa}). The answer may be final, or ask the customer for an extra step.
   */
  Charge charge(ChargeRequest request);

  /** The charge's state now, for instance after the customer completed 3-D Secure. */
  Charge charge(String transactionId);

  /** Pays the whole charge back. */
  Refund refund(String transactionId, Money amount, String idempotencyKey);

  /** Gives up a charge that was never completed (one still waiting for the customer). */
  void cancel(String transactionId);

  /** What to charge, for which order, under which idempotency key. */
  record ChargeRequest(
      String orderId, Money amount, String paymentMethod, String email, String idempotencyKey) {}

  /**
   * A charge as the provider sees it. {@code clientSecret} is set when the customer must act (3-D
   * Secure): the storefront hands it to the provider's script, which completes the step.
   */
  record Charge(String transactionId, Outcome outcome, String failureReason, String clientSecret) {

    public static Charge succeeded(String transactionId) {
      return new Charge(transactionId, Outcome.SUCCEEDED, null, null);
    }

    public static Charge failed(String transactionId, String reason) {
      return new Charge(transactionId, Outcome.FAILED, reason, null);
    }

    public static Charge actionRequired(String transactionId, String clientSecret) {
      return new Charge(transactionId, Outcome.REQUIRES_ACTION, null, clientSecret);
    }

    public static Charge processing(String transactionId) {
      return new Charge(transactionId, Outcome.PROCESSING, null, null);
    }
  }

  /** Where a charge stands. */
  enum Outcome {
    SUCCEEDED,
    FAILED,
    /** The customer must complete an extra step (3-D Secure). */
    REQUIRES_ACTION,
    /** The provider has not decided yet; a webhook or a later look will tell. */
    PROCESSING
  }

  /** A refund the provider accepted. */
  record Refund(String refundId, boolean succeeded, String failureReason) {}
}
