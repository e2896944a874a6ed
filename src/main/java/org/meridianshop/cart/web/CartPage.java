package org.meridianshop.cart.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.meridianshop.cart.CartOwners;
import org.meridianshop.cart.CartView;
import org.meridianshop.cart.Carts;
import org.meridianshop.platform.errors.BusinessRuleException;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.pricing.web.ShopperCurrency;

/**
 * The cart page: its lines in the shopper's currency, with a quantity to change and a button to
 * remove each.
 */
@Named
@RequestScoped
public class CartPage {

  /** What the page says after an add; only these fixed texts, never one from the URL. */
  private static final Map<String, String> OUTCOMES =
      Map.of(
          "added", "Added to your cart.",
          "stock", "There is not enough of this product in stock.",
          "limit", "A cart holds at most 10 of one product.",
          "unknown", "That product is no longer sold.",
          "invalid", "Choose a quantity from 1 to 10.");

  @Inject Carts carts;
  @Inject CartOwners owners;
  @Inject HttpServletRequest request;
  @Inject FacesContext faces;
  @Inject ShopperCurrency currency;

  private String outcome;
  private String problem;
  private CartView cart;

  static String refusalCode(ShopException refusal) {
    if (refusal instanceof ConflictException) {
      return "stock";
    }
    if (refusal instanceof BusinessRuleException) {
      return "limit";
    }
    return refusal instanceof NotFoundException ? "unknown" : "invalid";
  }

  public CartView getCart() {
    if (cart == null) {
      cart = carts.view(owners.of(request), currency.get());
    }
    return cart;
  }

  /** Sets the line's quantity to the one sent with the button (its form's "quantity" field). */
  public void change(String itemId) {
    int quantity;
    try {
      quantity = Integer.parseInt(request.getParameter("quantity").trim());
    } catch (NumberFormatException | NullPointerException e) {
      quantity = 0;
    }
    var wanted = quantity;
    act(() -> carts.change(owners.forChange(request, response()), itemId, wanted, currency.get()));
  }

  public void remove(String itemId) {
    act(() -> carts.remove(owners.forChange(request, response()), itemId, currency.get()));
  }

  private HttpServletResponse response() {
    return (HttpServletResponse) faces.getExternalContext().getResponse();
  }

  private void act(Supplier<CartView> action) {
    try {
      cart = action.get();
    } catch (ShopException refusal) {
      problem = OUTCOMES.get(refusalCode(refusal));
      cart = null;
    }
  }

  /** The message for the outcome the URL names, if it names a known one. */
  public String getMessage() {
    return problem != null ? problem : OUTCOMES.get(outcome == null ? "" : outcome);
  }

  public boolean isProblem() {
    return problem != null || (outcome != null && !"added".equals(outcome));
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
