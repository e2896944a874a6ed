package org.meridianshop.payment.stripe;

import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeError;
import org.meridianshop.payment.PaymentGateway.Charge;

/** How a Stripe PaymentIntent reads as the shop's {@link Charge}. */
final class PaymentIntentCharges {

  private PaymentIntentCharges() {}

  /** The charge as the intent's status says it stands now. */
  static Charge of(PaymentIntent intent) {
    return switch (intent.getStatus()) {
      case "succeeded" -> Charge.succeeded(intent.getId());
      case "requires_action" -> actionRequired(intent);
      // a confirmed intent falls back to requires_payment_method when the attempt failed
      case "requires_payment_method" -> failed(intent);
      case "canceled" -> cancelled(intent);
      // processing; requires_confirmation and requires_capture only pass by, since the shop
      // confirms on creation and captures automatically
      default -> Charge.processing(intent.getId());
    };
  }

  static Charge actionRequired(PaymentIntent intent) {
    return Charge.actionRequired(intent.getId(), intent.getClientSecret());
  }

  static Charge failed(PaymentIntent intent) {
    return Charge.failed(intent.getId(), reason(intent.getLastPaymentError()));
  }

  static Charge cancelled(PaymentIntent intent) {
    var why = intent.getCancellationReason();
    return Charge.failed(
        intent.getId(), "The payment was cancelled" + (why == null ? "." : " (" + why + ")."));
  }

  /**
   * Stripe's message for the customer with its code, such as {@code Your card has insufficient
   * funds. (insufficient_funds)}: readable in the order's history, and precise for support.
   */
  static String reason(StripeError error) {
    if (error == null) {
      return "The payment method was refused.";
    }
    var message = error.getMessage() == null ? "The payment was refused." : error.getMessage();
    var code = error.getDeclineCode() != null ? error.getDeclineCode() : error.getCode();
    return code == null ? message : message + " (" + code + ")";
  }
}
