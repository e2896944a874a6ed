package org.meridianshop.inventory.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.meridianshop.inventory.Warehouse;
import org.meridianshop.inventory.WarehouseDetails;
import org.meridianshop.inventory.Warehouses;
import org.meridianshop.platform.api.AdminOnly;
import org.meridianshop.platform.persistence.Transactions;

/** Warehouses for operators: list, create, edit (name, code, address, active). */
@Path("/inventory/warehouses")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseResource {

  @Inject Warehouses warehouses;
  @Inject Transactions transactions;

  /** A warehouse as the API shows it. */
  public record WarehouseView(
      long id,
      String code,
      String name,
      String address,
      String city,
      String country,
      boolean active) {
    static WarehouseView of(Warehouse warehouse) {
      var details = warehouse.details();
      return new WarehouseView(
          warehouse.id(),
          details.code(),
          details.name(),
          details.address(),
          details.city(),
          details.country(),
          details.active());
    }
  }

  @GET
  public List<WarehouseView> all() {
    return transactions.required(() -> warehouses.all().stream().map(WarehouseView::of).toList());
  }

  @GET
  @Path("{id}")
  public WarehouseView one(@PathParam("id") long id) {
    return transactions.required(() -> WarehouseView.of(warehouses.withId(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(WarehouseDetails details) {
    var created = WarehouseView.of(warehouses.create(details));
    return Response.created(URI.create("inventory/warehouses/" + created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public WarehouseView edit(@PathParam("id") long id, WarehouseDetails details) {
    return WarehouseView.of(warehouses.edit(id, details));
  }
}
