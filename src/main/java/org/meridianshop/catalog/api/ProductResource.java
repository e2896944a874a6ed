package org.meridianshop.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.catalog.ProductDetails;
import org.meridianshop.catalog.ProductQuery;
import org.meridianshop.catalog.ProductSummary;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.pricing.PriceConverter;
import org.meridianshop.pricing.ShopCurrencies;

/**
 * Product lists and single products. Every parameter arrives as text so a bad value is a 400 naming
 * the field, never a 404 or 500 from a failed conversion.
 */
@Path("/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

  @Inject Catalog catalog;
  @Inject PriceConverter prices;

  @GET
  public Page<ProductSummary> list(
      @QueryParam("category") String category,
      @QueryParam("brand") String brand,
      @QueryParam("minPrice") String minPrice,
      @QueryParam("maxPrice") String maxPrice,
      @QueryParam("inStock") String inStock,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("currency") String currency,
      @HeaderParam("Accept-Currency") String acceptCurrency) {
    var target = ShopCurrencies.requested(currency, acceptCurrency);
    var query = ProductQuery.parse(category, brand, minPrice, maxPrice, inStock, sort, page, size);
    return catalog
        .products(query)
        .map(product -> product.withPrices(price -> prices.convert(price, target)));
  }

  @GET
  @Path("{id}")
  public ProductDetails product(
      @PathParam("id") String id,
      @QueryParam("currency") String currency,
      @HeaderParam("Accept-Currency") String acceptCurrency) {
    var target = ShopCurrencies.requested(currency, acceptCurrency);
    return catalog.product(parseId(id)).withPrices(price -> prices.convert(price, target));
  }

  private static long parseId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("There is no product '" + id + "'.");
    }
  }
}
