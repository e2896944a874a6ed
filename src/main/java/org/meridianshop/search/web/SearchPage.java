package org.meridianshop.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException.FieldError;
import org.meridianshop.platform.web.QueryParameters;
import org.meridianshop.pricing.web.ShopperCurrency;
import org.meridianshop.search.Facets;
import org.meridianshop.search.ProductSearch;
import org.meridianshop.search.SearchQuery;
import org.meridianshop.search.SearchResults;

/**
 * The results page at {@code /search.xhtml?q=...}: products matching the words, facets to narrow
 * them, sorting and pages, all in the URL. Invalid parameters are named on the page and left out.
 */
@Named
@RequestScoped
public class SearchPage {

  static final Map<String, String> FIELD_LABELS =
      Map.of(
          "q", "The search words",
          "category", "Category",
          "minPrice", "Minimum price",
          "maxPrice", "Maximum price",
          "inStock", "In stock only",
          "sort", "Sort order",
          "page", "Page");

  @Inject ProductSearch search;
  @Inject FacesContext faces;
  @Inject ShopperCurrency currency;

  private static final List<String> PARAMETERS =
      List.of("q", "category", "brand", "minPrice", "maxPrice", "inStock", "sort", "page");

  private QueryParameters parameters;
  private SearchQuery query;
  private SearchResults results;
  private List<String> problems = List.of();

  public void load() {
    parameters =
        QueryParameters.from(faces.getExternalContext().getRequestParameterValuesMap(), PARAMETERS);
    query = validQuery();
    try {
      results = search.search(query).withPrices(currency::convert);
    } catch (NotFoundException e) {
      problems =
          Stream.concat(
                  problems.stream(),
                  Stream.of("There is no such category; showing all categories."))
              .toList();
      parameters = parameters.without(List.of("category"));
      query = query();
      results = search.search(query).withPrices(currency::convert);
    }
  }

  private SearchQuery validQuery() {
    try {
      return query();
    } catch (InvalidInputException e) {
      problems = e.fieldErrors().stream().map(SearchPage::describe).toList();
      parameters = parameters.without(e.fieldErrors().stream().map(FieldError::field).toList());
      return query();
    }
  }

  private static String describe(FieldError error) {
    return FIELD_LABELS.getOrDefault(error.field(), error.field()) + " " + error.message() + ".";
  }

  public String getQ() {
    return query.text();
  }

  public SearchResults getResults() {
    return results;
  }

  public List<String> getProblems() {
    return problems;
  }

  public String getCategory() {
    return query.filters().category();
  }

  public boolean isBrandSelected(String slug) {
    return query.filters().brands().contains(slug);
  }

  public boolean isInStockOnly() {
    return query.filters().inStockOnly();
  }

  public String getSort() {
    return query.filters().sort().parameter();
  }

  public List<SearchSortOption> getSortOptions() {
    return SearchSortOption.ALL;
  }

  /** Names to try when nothing matched: suggestions for the first word's beginning. */
  public List<String> getAlternatives() {
    var words = query.text().split("\\s+");
    var start = words[0].length() > 3 ? words[0].substring(0, 3) : words[0];
    return search.suggest(start);
  }

  /** A new search for these words, without filters. */
  public String searchUrl(String text) {
    return url(new QueryParameters(PARAMETERS, Map.of("q", List.of(text))));
  }

  public String categoryUrl(String slug) {
    return url(parameters.with(Map.of("category", slug == null ? List.of() : List.of(slug))));
  }

  public String priceUrl(Facets.PriceBand band) {
    var from = band.from() == null ? List.<String>of() : List.of(band.from().toPlainString());
    var to = band.to() == null ? List.<String>of() : List.of(band.to().toPlainString());
    return url(parameters.with(Map.of("minPrice", from, "maxPrice", to)));
  }

  public String getPriceClearUrl() {
    return url(parameters.with(Map.of("minPrice", List.of(), "maxPrice", List.of())));
  }

  public boolean isPriceFiltered() {
    return query.filters().minPrice() != null || query.filters().maxPrice() != null;
  }

  public String getPreviousUrl() {
    return results.page() > 1 ? url(parameters.onPage(results.page() - 1)) : null;
  }

  public String getNextUrl() {
    return results.asPage().hasNext() ? url(parameters.onPage(results.page() + 1)) : null;
  }

  public int getPageCount() {
    return results.asPage().pageCount();
  }

  public long getFirstShown() {
    return (long) (results.page() - 1) * results.size() + 1;
  }

  public long getLastShown() {
    return Math.min(results.total(), (long) results.page() * results.size());
  }

  private String url(QueryParameters changed) {
    return faces.getExternalContext().getRequestContextPath()
        + "/search.xhtml"
        + changed.queryString();
  }

  /** The search these parameters ask for; throws InvalidInputException for bad values. */
  private SearchQuery query() {
    return SearchQuery.parse(
        parameters.first("q"),
        parameters.first("category"),
        String.join(",", parameters.all("brand")),
        parameters.first("minPrice"),
        parameters.first("maxPrice"),
        parameters.first("inStock"),
        parameters.first("sort"),
        parameters.first("page"),
        null);
  }
}
