package org.meridianshop.payment.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The offline gateway's test payment methods, for the checkout's card choice: like Stripe's test
 * cards, each one decides how the payment ends, and no money moves.
 */
@Named
@ApplicationScoped
public class TestCards {

  /** A test payment method and what choosing it does. */
  public record TestCard(String paymentMethod, String label) {}

  public static final String VISA = "pm_card_visa";

  private static final List<TestCard> CARDS =
      List.of(
          new TestCard(VISA, "Visa ending 4242: the payment succeeds"),
          new TestCard("pm_card_chargeDeclined", "Visa ending 0002: the bank declines"),
          new TestCard(
              "pm_card_threeDSecure2Required", "Visa ending 3155: the bank asks for 3-D Secure"));

  public List<TestCard> getCards() {
    return CARDS;
  }
}
