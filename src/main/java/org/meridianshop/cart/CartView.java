package org.meridianshop.cart;

import java.util.List;
import org.meridianshop.platform.money.Money;

/** A cart as the shopper sees it, in their currency. */
public record CartView(List<Line> items, Money subtotal, Money total, String currency) {

  /**
   * One line. {@code unitPrice} is the price when the item was added; {@code currentUnitPrice} is
   * today's, shown next to it when the two differ ({@code priceChanged}).
   */
  public record Line(
      String itemId,
      String productId,
      String variantId,
      String name,
      String slug,
      int quantity,
      Money unitPrice,
      Money lineTotal,
      Money currentUnitPrice,
      boolean priceChanged) {}
}
