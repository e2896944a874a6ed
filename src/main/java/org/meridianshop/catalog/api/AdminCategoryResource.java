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
import org.meridianshop.catalog.CategoryEditing;
import org.meridianshop.catalog.CategoryEditing.CategoryRow;
import org.meridianshop.catalog.api.AdminBrandResource.Naming;
import org.meridianshop.platform.api.AdminOnly;

/**
 * Categories for administrators: departments and their aisles with product counts, create (with
 * {@code parentId} for an aisle), rename, delete an empty one.
 */
@Path("/admin/categories")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminCategoryResource {

  @Inject CategoryEditing categories;

  @GET
  public List<CategoryRow> list() {
    return categories.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(Naming naming) {
    var given = naming == null ? new Naming(null, null) : naming;
    return Response.status(Response.Status.CREATED)
        .entity(categories.create(given.name(), Ids.optional("parentId", given.parentId())))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CategoryRow rename(@PathParam("id") String id, Naming naming) {
    return categories.rename(Ids.inPath(id), naming == null ? null : naming.name());
  }

  /** 204, or 409 while products or aisles are still in it. */
  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") String id) {
    categories.delete(Ids.inPath(id));
  }
}
