package org.meridianshop.order.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.meridianshop.order.OrderSummary;
import org.meridianshop.order.OrderView;
import org.meridianshop.order.Orders;
import org.meridianshop.platform.api.AdminOnly;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.security.CurrentCaller;

/** Every order, for admins: find, read, ship, mark delivered, cancel with a refund. */
@Path("/admin/orders")
@RequestScoped
@AdminOnly
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminOrderResource {

  @Inject Orders orders;
  @Inject CurrentCaller caller;

  @GET
  public Page<OrderSummary> list(
      @QueryParam("status") String status,
      @QueryParam("email") String email,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return orders.list(new Orders.Filter(null, status, email, page, size));
  }

  @GET
  @Path("{id}")
  public OrderView order(@PathParam("id") String orderId) {
    return orders.view(null, orderId);
  }

  @PUT
  @Path("{id}/shipment")
  public OrderView ship(@PathParam("id") String orderId, Shipment shipment) {
    if (shipment == null) {
      throw new InvalidInputException("carrier", "Name the carrier and the tracking number.");
    }
    return orders.ship(orderId, shipment.carrier(), shipment.trackingNumber());
  }

  @PUT
  @Path("{id}/delivery")
  public OrderView deliver(@PathParam("id") String orderId) {
    return orders.deliver(orderId);
  }

  @PUT
  @Path("{id}/cancel")
  public OrderView cancel(@PathParam("id") String orderId, Cancellation cancellation) {
    var reason = cancellation == null ? null : cancellation.reason();
    return orders.cancel(
        null,
        orderId,
        caller.accountId(),
        reason == null || reason.isBlank() ? "cancelled by the shop" : reason);
  }

  /** How the order left: the carrier and its tracking number. */
  public record Shipment(String carrier, String trackingNumber) {}

  /** Why the shop cancels the order. */
  public record Cancellation(String reason) {}
}
