package org.meridianshop.cart.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.meridianshop.cart.CartOwners;
import org.meridianshop.cart.Carts;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.money.Money;

/**
 * The product page's "Add to cart" form (a plain POST, so catalog pages keep no server state), then
 * on to the cart page. Another site cannot post it for a shopper: the shop's cookies are
 * SameSite=Lax, so a cross-site post reaches the shop without them, and a post whose Origin is
 * another site is refused outright.
 */
@WebServlet("/cart/add")
public class AddToCart extends HttpServlet {

  @Inject Carts carts;
  @Inject CartOwners owners;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!fromThisShop(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    var outcome = "added";
    try {
      carts.add(
          owners.forChange(request, response),
          request.getParameter("productId"),
          blankToNull(request.getParameter("variantId")),
          quantity(request.getParameter("quantity")),
          Money.BASE_CURRENCY);
    } catch (ShopException refusal) {
      outcome = CartPage.refusalCode(refusal);
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/cart.xhtml?outcome=" + outcome);
  }

  private static boolean fromThisShop(HttpServletRequest request) {
    var origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    try {
      return URI.create(origin).getHost().equalsIgnoreCase(request.getServerName());
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  private static int quantity(String text) {
    try {
      return text == null || text.isBlank() ? 1 : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
