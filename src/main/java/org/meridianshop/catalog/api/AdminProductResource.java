package org.meridianshop.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.meridianshop.catalog.ProductEditing;
import org.meridianshop.platform.api.AdminOnly;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * A product's name, description and status for administrators ({@code PATCH}, only the fields given
 * change). The minimum the search freshness tests need until the catalog console lands.
 */
@Path("/admin/products")
@AdminOnly
@RequestScoped
public class AdminProductResource {

  @Inject ProductEditing editing;

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public void edit(@PathParam("id") String id, Changes changes) {
    var given = changes == null ? new Changes(null, null, null) : changes;
    editing.edit(parseId(id), given.name(), given.description(), given.status());
  }

  /** The fields an edit may change; those left out stay as they are. */
  public record Changes(String name, String description, String status) {}

  private static long parseId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("There is no product '" + id + "'.");
    }
  }
}
