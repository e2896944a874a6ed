package org.meridianshop.review.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.review.ReviewView;
import org.meridianshop.review.Reviews;

/**
 * A product's reviews: anyone reads them, page by page; a signed-in customer who received the
 * product writes one (401 anonymous, 403 not received, 409 a second one, 400 bad fields).
 */
@Path("/products/{id}/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  @Inject Reviews reviews;
  @Inject Catalog catalog;
  @Inject CurrentCaller caller;

  @GET
  public Page<ReviewView> list(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    var productId = Long.parseLong(catalog.product(parseId(id)).id());
    return reviews.of(productId, number("page", page, 1), number("size", size, Page.DEFAULT_SIZE));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response write(@PathParam("id") String id, NewReview review) {
    var accountId = caller.accountId();
    if (review == null) {
      throw new InvalidInputException("body", "Send a rating, a title and a text.");
    }
    var written =
        reviews.write(accountId, parseId(id), review.rating(), review.title(), review.body());
    return Response.status(Response.Status.CREATED).entity(written).build();
  }

  /** What a customer sends to review a product. */
  public record NewReview(Integer rating, String title, String body) {}

  private static long parseId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("There is no product '" + id + "'.");
    }
  }

  private static int number(String field, String text, int otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "must be a whole number");
    }
  }
}
