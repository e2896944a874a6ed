package org.meridianshop.inventory.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.meridianshop.inventory.InventoryReservations;
import org.meridianshop.inventory.InventoryReservations.Line;
import org.meridianshop.inventory.Reservation;
import org.meridianshop.platform.api.AdminOnly;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.security.CurrentCaller;

/**
 * Reservations by hand, for operators and tests until checkout reserves by itself: hold stock for a
 * reference, sell it (finalize) or give it back (release).
 */
@Path("/inventory/reservations")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {

  @Inject CurrentCaller caller;
  @Inject InventoryReservations reservations;

  /** What to reserve: a reference (such as an order id) and the variants with quantities. */
  public record ReservationRequest(String reference, List<Line> lines) {}

  /** A reservation as the API shows it. */
  public record ReservationView(
      String id,
      String reference,
      String status,
      Instant createdAt,
      Instant expiresAt,
      String closeReason,
      List<LineView> lines) {
    static ReservationView of(Reservation r) {
      return new ReservationView(
          r.id().toString(),
          r.reference(),
          r.status().name(),
          r.createdAt(),
          r.expiresAt(),
          r.closeReason(),
          r.lines().stream()
              .map(l -> new LineView(l.variantId(), l.warehouseId(), l.quantity()))
              .toList());
    }
  }

  /** Units of one variant held in one warehouse. */
  public record LineView(long variantId, long warehouseId, int quantity) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reserve(ReservationRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "is required");
    }
    var reservation =
        reservations.reserve(request.reference(), request.lines(), caller.accountId());
    return Response.created(URI.create("inventory/reservations/" + reservation.id()))
        .entity(ReservationView.of(reservation))
        .build();
  }

  @GET
  @Path("{id}")
  public ReservationView reservation(@PathParam("id") String id) {
    return ReservationView.of(reservations.withId(uuid(id)));
  }

  @POST
  @Path("{id}/finalize")
  public ReservationView finalizeSale(@PathParam("id") String id) {
    return ReservationView.of(reservations.finalize(uuid(id), caller.accountId()));
  }

  @DELETE
  @Path("{id}")
  public ReservationView release(@PathParam("id") String id, @QueryParam("reason") String reason) {
    return ReservationView.of(
        reservations.release(
            uuid(id), reason == null ? "released by hand" : reason, caller.accountId()));
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("There is no reservation " + id + ".");
    }
  }
}
