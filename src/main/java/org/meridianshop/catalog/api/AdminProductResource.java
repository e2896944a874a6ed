package org.meridianshop.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import org.meridianshop.catalog.ProductDetails;
import org.meridianshop.catalog.ProductDraft;
import org.meridianshop.catalog.ProductEditing;
import org.meridianshop.catalog.ProductListing;
import org.meridianshop.catalog.ProductPictures;
import org.meridianshop.catalog.ProductSheet;
import org.meridianshop.catalog.VariantDraft;
import org.meridianshop.catalog.VariantEditing;
import org.meridianshop.platform.api.AdminOnly;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.InvalidInputException;

/**
 * Products for administrators, in every status: the filtered list, create ({@code POST}), a whole
 * edit ({@code PUT}), a partial one ({@code PATCH}: name, description, status), archive ({@code
 * DELETE}), variants, and pictures (JPEG, PNG or WebP up to 5 MB, in base64).
 */
@Path("/admin/products")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminProductResource {

  @Inject ProductEditing editing;
  @Inject ProductListing listing;
  @Inject VariantEditing variants;
  @Inject ProductPictures pictures;

  @GET
  public Page<ProductListing.Row> list(
      @QueryParam("q") String text,
      @QueryParam("category") String category,
      @QueryParam("brand") String brand,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return listing.list(
        new ProductListing.Filter(
            text,
            Ids.optional("category", category),
            Ids.optional("brand", brand),
            status,
            Ids.number("page", page, 1),
            Ids.number("size", size, Page.DEFAULT_SIZE)));
  }

  @GET
  @Path("{id}")
  public ProductSheet product(@PathParam("id") String id) {
    return editing.sheet(Ids.inPath(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ProductDraft draft) {
    var created = editing.create(draft);
    return Response.status(Response.Status.CREATED)
        .header("Location", "/api/admin/products/" + created.id())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProductSheet revise(@PathParam("id") String id, ProductDraft draft) {
    return editing.revise(Ids.inPath(id), draft);
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public void edit(@PathParam("id") String id, Changes changes) {
    var given = changes == null ? new Changes(null, null, null) : changes;
    editing.edit(Ids.inPath(id), given.name(), given.description(), given.status());
  }

  /** Archives the product: off sale, still in past orders and the console. */
  @DELETE
  @Path("{id}")
  public ProductSheet archive(@PathParam("id") String id) {
    return editing.archive(Ids.inPath(id));
  }

  @POST
  @Path("{id}/variants")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addVariant(@PathParam("id") String id, VariantDraft draft) {
    return Response.status(Response.Status.CREATED)
        .entity(variants.add(Ids.inPath(id), draft))
        .build();
  }

  @PUT
  @Path("{id}/variants/{variantId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProductDetails.Variant reviseVariant(
      @PathParam("id") String id, @PathParam("variantId") String variantId, VariantDraft draft) {
    return variants.revise(Ids.inPath(id), Ids.inPath(variantId), draft);
  }

  /**
   * Adds a picture sent as JSON like every other body: the file in base64 and its description for
   * screen readers. The file's own first bytes decide its type (see UploadedPicture).
   */
  @POST
  @Path("{id}/images")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addImage(@PathParam("id") String id, NewPicture picture) {
    var given = picture == null ? new NewPicture(null, null) : picture;
    return Response.status(Response.Status.CREATED)
        .entity(pictures.add(Ids.inPath(id), given.bytes(), given.alt()))
        .build();
  }

  /** A picture to add: the file in base64 and, optionally, its description. */
  public record NewPicture(String image, String alt) {
    byte[] bytes() {
      try {
        return image == null ? new byte[0] : Base64.getMimeDecoder().decode(image);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("image", "Send the picture in base64.");
      }
    }
  }

  /** The fields an edit may change; those left out stay as they are. */
  public record Changes(String name, String description, String status) {}
}
