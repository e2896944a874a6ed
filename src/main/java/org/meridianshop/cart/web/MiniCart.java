package org.meridianshop.cart.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.meridianshop.cart.CartItem;
import org.meridianshop.cart.CartOwners;
import org.meridianshop.cart.CartStore;

/** The cart link in the header of every page, with how many items the cart holds. */
@Named
@RequestScoped
public class MiniCart {

  @Inject CartStore store;
  @Inject CartOwners owners;
  @Inject HttpServletRequest request;

  private Integer count;

  public int getCount() {
    if (count == null) {
      var owner = owners.of(request);
      count =
          CartOwners.NOBODY.equals(owner)
              ? 0
              : store.load(owner).items().stream().mapToInt(CartItem::quantity).sum();
    }
    return count;
  }
}
