package org.meridianshop.order;

import java.math.BigDecimal;
import java.util.Locale;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.money.Money;

/** How an order travels, and what that costs in the base currency. */
public enum ShippingMethod {
  /** 3 to 5 working days; free from {@link #FREE_STANDARD_FROM}. */
  STANDARD(new BigDecimal("4.99")),
  /** Next working day. */
  EXPRESS(new BigDecimal("14.99"));

  static final Money FREE_STANDARD_FROM = Money.usd(new BigDecimal("50.00"));

  private final Money price;

  ShippingMethod(BigDecimal price) {
    this.price = Money.usd(price);
  }

  /** The cost for an order of this subtotal (base currency). */
  public Money costFor(Money subtotal) {
    if (this == STANDARD && subtotal.compareTo(FREE_STANDARD_FROM) >= 0) {
      return Money.usd(BigDecimal.ZERO);
    }
    return price;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The method a caller named; none means standard. */
  public static ShippingMethod parse(String name) {
    if (name == null || name.isBlank()) {
      return STANDARD;
    }
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("shippingMethod", "must be standard or express");
    }
  }
}
