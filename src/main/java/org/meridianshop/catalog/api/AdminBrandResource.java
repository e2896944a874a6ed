package org.meridianshop.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.meridianshop.catalog.BrandEditing;
import org.meridianshop.catalog.BrandEditing.BrandRow;
import org.meridianshop.platform.api.AdminOnly;

/** Brands for administrators: list with product counts, create, rename, delete an unused one. */
@Path("/admin/brands")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminBrandResource {

  @Inject BrandEditing brands;

  @GET
  public List<BrandRow> list() {
    return brands.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(Naming naming) {
    return Response.status(Response.Status.CREATED)
        .entity(brands.create(naming == null ? null : naming.name()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public BrandRow rename(@PathParam("id") String id, Naming naming) {
    return brands.rename(Ids.inPath(id), naming == null ? null : naming.name());
  }

  /** 204, or 409 while products still carry the brand. */
  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") String id) {
    brands.delete(Ids.inPath(id));
  }

  /** A name for a brand or category, and for a new category its department. */
  public record Naming(String name, String parentId) {}
}
