package org.meridianshop.testing;

import java.util.Arrays;
import java.util.Optional;

/** Stripe's test payment methods that the shop's tests use, and what each does when confirmed. */
enum StripeTestCard {
  VISA("pm_card_visa", Outcome.SUCCEEDS, null, null),
  MASTERCARD("pm_card_mastercard", Outcome.SUCCEEDS, null, null),
  DECLINED(
      "pm_card_chargeDeclined", Outcome.DECLINED, "generic_decline", "Your card was declined."),
  INSUFFICIENT_FUNDS(
      "pm_card_chargeDeclinedInsufficientFunds",
      Outcome.DECLINED,
      "insufficient_funds",
      "Your card has insufficient funds."),
  THREE_D_SECURE("pm_card_threeDSecure2Required", Outcome.NEEDS_3DS, null, null);

  enum Outcome {
    SUCCEEDS,
    DECLINED,
    NEEDS_3DS
  }

  private final String name;
  private final Outcome outcome;
  private final String declineCode;
  private final String declineMessage;

  StripeTestCard(String name, Outcome outcome, String declineCode, String declineMessage) {
    this.name = name;
    this.outcome = outcome;
    this.declineCode = declineCode;
    this.declineMessage = declineMessage;
  }

  static Optional<StripeTestCard> named(String paymentMethod) {
    return Arrays.stream(values()).filter(card -> card.name.equals(paymentMethod)).findFirst();
  }

  /** Like Stripe, each use of a test card's name makes a new PaymentMethod with its own id. */
  String paymentMethodId() {
    return StripeObjects.id("pm_");
  }

  Outcome outcome() {
    return outcome;
  }

  String declineCode() {
    return declineCode;
  }

  String declineMessage() {
    return declineMessage;
  }
}
