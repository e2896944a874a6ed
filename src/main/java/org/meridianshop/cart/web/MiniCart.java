package org.meridianshop.cart.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.meridianshop.cart.CartOwners;
import org.meridianshop.cart.CartView;
import org.meridianshop.cart.Carts;
import org.meridianshop.platform.money.Money;
import org.meridianshop.pricing.web.ShopperCurrency;

/**
 * The cart link in the header of every page: how many items the cart holds and their total in the
 * shopper's currency. A guest who never added anything costs no cart lookup.
 */
@Named
@RequestScoped
public class MiniCart {

  @Inject Carts carts;
  @Inject CartOwners owners;
  @Inject ShopperCurrency currency;
  @Inject HttpServletRequest request;

  private CartView cart;

  public int getCount() {
    return cart().map(c -> c.items().stream().mapToInt(CartView.Line::quantity).sum()).orElse(0);
  }

  /** The cart's total, or null when it is empty. */
  public Money getTotal() {
    return cart().filter(c -> !c.items().isEmpty()).map(CartView::total).orElse(null);
  }

  private Optional<CartView> cart() {
    var owner = owners.of(request);
    if (CartOwners.NOBODY.equals(owner)) {
      return Optional.empty();
    }
    if (cart == null) {
      cart = carts.view(owner, currency.get());
    }
    return Optional.of(cart);
  }
}
