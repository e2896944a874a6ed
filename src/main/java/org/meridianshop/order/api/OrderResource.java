package org.meridianshop.order.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.meridianshop.order.Checkout;
import org.meridianshop.order.CheckoutRequest;
import org.meridianshop.order.OrderSummary;
import org.meridianshop.order.OrderView;
import org.meridianshop.order.Orders;
import org.meridianshop.platform.api.Authenticated;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.pricing.ShopCurrencies;

/**
 * The caller's orders: checkout from the cart, the list, one order with its history, cancelling,
 * and the step after 3-D Secure. Another customer's order answers 404.
 */
@Path("/orders")
@RequestScoped
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

  @Inject CurrentCaller caller;
  @Inject Checkout checkout;
  @Inject Orders orders;

  /** Places an order from the caller's cart: 202, the payment follows asynchronously. */
  @POST
  public Response place(
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @QueryParam("currency") String currencyParameter,
      @HeaderParam("Accept-Currency") String currencyHeader,
      CheckoutRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "Send the addresses and the payment method.");
    }
    var currency = ShopCurrencies.requested(currencyParameter, currencyHeader);
    var placed = checkout.place(caller.accountId(), idempotencyKey, request, currency);
    return Response.accepted(new Placed(placed.orderId().toString(), placed.status().label()))
        .header("Location", "/api/orders/" + placed.orderId())
        .build();
  }

  @GET
  public Page<OrderSummary> list(
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return orders.list(new Orders.Filter(caller.accountId(), status, null, page, size));
  }

  @GET
  @Path("{id}")
  public OrderView order(@PathParam("id") String orderId) {
    return orders.view(caller.accountId(), orderId);
  }

  @PUT
  @Path("{id}/cancel")
  public OrderView cancel(@PathParam("id") String orderId) {
    return orders.cancel(caller.accountId(), orderId, caller.accountId(), null);
  }

  /** After the customer completed the provider's extra step (3-D Secure): settle the payment. */
  @POST
  @Path("{id}/payment/refresh")
  public OrderView refreshPayment(@PathParam("id") String orderId) {
    return orders.refreshPayment(caller.accountId(), orderId);
  }

  /** The answer to a checkout: the new order's id and status. */
  public record Placed(String orderId, String status) {}
}
