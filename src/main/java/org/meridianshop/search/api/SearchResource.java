package org.meridianshop.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.meridianshop.pricing.PriceConverter;
import org.meridianshop.pricing.ShopCurrencies;
import org.meridianshop.search.ProductSearch;
import org.meridianshop.search.SearchQuery;
import org.meridianshop.search.SearchResults;

/**
 * Product search for apps: the words, the catalog's filters and orders, facets, and suggestions
 * while typing. Every parameter arrives as text so a bad value is a 400 naming the field.
 */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject ProductSearch search;
  @Inject PriceConverter prices;

  @GET
  public SearchResults search(
      @QueryParam("q") String q,
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
    var query =
        SearchQuery.parse(q, category, brand, minPrice, maxPrice, inStock, sort, page, size);
    return search.search(query).withPrices(price -> prices.convert(price, target));
  }

  @GET
  @Path("suggest")
  public Suggestions suggest(@QueryParam("q") String q) {
    return new Suggestions(search.suggest(q));
  }

  /** The autocomplete answer: names to offer under the search box. */
  public record Suggestions(List<String> suggestions) {}
}
