package org.meridianshop.cart.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import org.meridianshop.cart.CartOwners;
import org.meridianshop.cart.CartTotals;
import org.meridianshop.cart.Carts;
import org.meridianshop.platform.money.Money;
import org.meridianshop.platform.web.MoneyFormat;
import org.meridianshop.pricing.web.ShopperCurrency;

/**
 * The cart link in the header of every page, with how many items the cart holds and their subtotal.
 * It reads the cart's cached totals in the shopper's currency, never the cart itself.
 */
@Named
@RequestScoped
public class MiniCart {

  @Inject Carts carts;
  @Inject CartOwners owners;
  @Inject ShopperCurrency currency;
  @Inject HttpServletRequest request;
  @Inject MoneyFormat format;

  private CartTotals totals;

  public int getCount() {
    return totals().itemCount();
  }

  /** The subtotal as the header shows it; nothing for an empty cart. */
  public String getSubtotal() {
    return totals().itemCount() == 0 ? "" : format.text(totals().subtotal());
  }

  private CartTotals totals() {
    if (totals == null) {
      var owner = owners.of(request);
      totals =
          CartOwners.NOBODY.equals(owner)
              ? new CartTotals(0, Money.usd(BigDecimal.ZERO))
              : carts.totals(owner, currency.get());
    }
    return totals;
  }
}
