package org.meridianshop.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.catalog.CategoryNode;

/** The category tree: departments with their aisles. */
@Path("/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

  @Inject Catalog catalog;

  @GET
  public CategoryTree tree() {
    return new CategoryTree(catalog.categoryTree());
  }

  /** The tree's top level; each node lists its children. */
  public record CategoryTree(List<CategoryNode> items) {}
}
