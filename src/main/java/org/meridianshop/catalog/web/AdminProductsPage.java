package org.meridianshop.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridianshop.catalog.ProductListing;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.FormMessages;
import org.meridianshop.platform.web.QueryParameters;

/**
 * The console's product list: every product in any status, most recently changed first, filtered by
 * words, category, brand and status, 20 a page; the filter lives in the address.
 */
@Named
@RequestScoped
public class AdminProductsPage {

  static final int PAGE_SIZE = 20;
  private static final List<String> PARAMETERS =
      List.of("q", "category", "brand", "status", "page");

  @Inject ProductListing listing;
  @Inject FacesContext faces;

  private Page<ProductListing.Row> found;
  private QueryParameters query;

  public Page<ProductListing.Row> getProducts() {
    if (found == null) {
      try {
        found =
            listing.list(
                new ProductListing.Filter(
                    param("q"), id("category"), id("brand"), param("status"), page(), PAGE_SIZE));
      } catch (ShopException refusal) {
        FormMessages.show(faces, refusal);
        found = new Page<>(List.of(), 1, PAGE_SIZE, 0);
      }
    }
    return found;
  }

  public String param(String name) {
    return query().first(name);
  }

  /** The link to another page of the same filter. */
  public String pageLink(int page) {
    return query().onPage(page).queryString();
  }

  private Long id(String name) {
    var given = param(name);
    return given != null && given.matches("\\d{1,18}") ? Long.valueOf(given) : null;
  }

  private int page() {
    var given = param("page");
    return given != null && given.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(given)) : 1;
  }

  private QueryParameters query() {
    if (query == null) {
      query =
          QueryParameters.from(
              faces.getExternalContext().getRequestParameterValuesMap(), PARAMETERS);
    }
    return query;
  }
}
