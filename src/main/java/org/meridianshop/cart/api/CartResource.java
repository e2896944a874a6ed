package org.meridianshop.cart.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Currency;
import org.meridianshop.cart.CartOwners;
import org.meridianshop.cart.CartView;
import org.meridianshop.cart.Carts;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.pricing.ShopCurrencies;

/**
 * The caller's cart: a signed-in customer's, or a guest's (kept by a cookie, and joined to the
 * account's cart at sign-in).
 */
@Path("/cart")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CartResource {

  @Inject Carts carts;
  @Inject CartOwners owners;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @QueryParam("currency")
  String currencyParameter;

  @HeaderParam("Accept-Currency")
  String currencyHeader;

  @GET
  public CartView cart() {
    return carts.view(owners.of(request), currency());
  }

  @POST
  @Path("items")
  public CartView add(NewItem item) {
    if (item == null || item.productId() == null || item.productId().isBlank()) {
      throw new InvalidInputException("productId", "Name the product to add.");
    }
    var quantity = item.quantity() == null ? 1 : item.quantity();
    var currency = currency();
    return carts.add(
        owners.forChange(request, response),
        item.productId(),
        item.variantId(),
        quantity,
        currency);
  }

  @PUT
  @Path("items/{itemId}")
  public CartView change(@PathParam("itemId") String itemId, QuantityChange change) {
    if (change == null || change.quantity() == null) {
      throw new InvalidInputException("quantity", "Give the new quantity.");
    }
    var currency = currency();
    return carts.change(owners.forChange(request, response), itemId, change.quantity(), currency);
  }

  @DELETE
  @Path("items/{itemId}")
  public CartView remove(@PathParam("itemId") String itemId) {
    var currency = currency();
    return carts.remove(owners.forChange(request, response), itemId, currency);
  }

  /** Read before any change, so a request with an unknown currency changes nothing. */
  private Currency currency() {
    return ShopCurrencies.requested(currencyParameter, currencyHeader);
  }

  /** What to put in the cart; one of the product when no quantity is given. */
  public record NewItem(String productId, String variantId, Integer quantity) {}

  /** A line's new quantity. */
  public record QuantityChange(Integer quantity) {}
}
