package org.meridianshop.pricing.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.Currency;
import org.meridianshop.platform.money.Money;

/**
 * The currency a storefront visitor shops in. The cart keeps its prices in the base currency, so
 * that is what checkout charges until the visitor can choose one; a chosen currency (a cookie, say)
 * is read here and nowhere else.
 */
@RequestScoped
public class VisitorCurrency {

  public Currency get() {
    return Money.BASE_CURRENCY;
  }
}
