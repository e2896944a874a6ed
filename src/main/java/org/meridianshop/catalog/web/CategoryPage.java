package org.meridianshop.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.catalog.CategoryNode;
import org.meridianshop.catalog.ProductQuery;
import org.meridianshop.catalog.ProductSummary;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException.FieldError;
import org.meridianshop.platform.web.ErrorResponses;
import org.meridianshop.platform.web.QueryParameters;
import org.meridianshop.pricing.web.ShopperCurrency;

/**
 * A category listing at {@code /c/{slug}}: its products filtered, sorted and paged by the query
 * string. Invalid parameters are named on the page and left out, so the listing still shows.
 */
@Named
@RequestScoped
public class CategoryPage {

  static final Map<String, String> FIELD_LABELS =
      Map.of(
          "brand", "Brand",
          "minPrice", "Minimum price",
          "maxPrice", "Maximum price",
          "inStock", "In stock only",
          "sort", "Sort order",
          "page", "Page");

  @Inject Catalog catalog;
  @Inject FacesContext faces;
  @Inject ShopperCurrency currency;

  private String slug;
  private CategoryNode category;

  /** The parameter names the listing understands; they match ProductQuery's field names. */
  private static final List<String> PARAMETERS =
      List.of("brand", "minPrice", "maxPrice", "inStock", "sort", "page");

  private QueryParameters parameters;
  private ProductQuery query;
  private Page<ProductSummary> results;
  private List<String> problems = List.of();

  public void load() {
    try {
      category = catalog.category(slug == null ? "" : slug);
    } catch (NotFoundException e) {
      ErrorResponses.notFound(faces);
      return;
    }
    parameters =
        QueryParameters.from(faces.getExternalContext().getRequestParameterValuesMap(), PARAMETERS);
    query = validQuery();
    results = catalog.products(query).map(product -> product.withPrices(currency::convert));
  }

  private ProductQuery validQuery() {
    try {
      return query(category.slug());
    } catch (InvalidInputException e) {
      problems = e.fieldErrors().stream().map(CategoryPage::describe).toList();
      parameters = parameters.without(e.fieldErrors().stream().map(FieldError::field).toList());
      return query(category.slug());
    }
  }

  private static String describe(FieldError error) {
    return FIELD_LABELS.getOrDefault(error.field(), error.field()) + " " + error.message() + ".";
  }

  /** The department above this category, or null when the category is a department. */
  public CategoryNode getDepartment() {
    return catalog.categoryTree().stream()
        .filter(d -> d.children().stream().anyMatch(c -> c.id().equals(category.id())))
        .findFirst()
        .orElse(null);
  }

  public List<ProductSummary.Reference> getBrands() {
    return catalog.brandsIn(category.slug());
  }

  public boolean isBrandSelected(String brandSlug) {
    return query.brands().contains(brandSlug);
  }

  public String getMinPrice() {
    return query.minPrice() == null ? "" : query.minPrice().toPlainString();
  }

  public String getMaxPrice() {
    return query.maxPrice() == null ? "" : query.maxPrice().toPlainString();
  }

  public boolean isInStockOnly() {
    return query.inStockOnly();
  }

  public String getSort() {
    return query.sort().parameter();
  }

  public List<SortOption> getSortOptions() {
    return SortOption.ALL;
  }

  public boolean isFiltered() {
    return !query.brands().isEmpty()
        || query.minPrice() != null
        || query.maxPrice() != null
        || query.inStockOnly();
  }

  public long getFirstShown() {
    return (long) (results.page() - 1) * results.size() + 1;
  }

  public long getLastShown() {
    return Math.min(results.total(), (long) results.page() * results.size());
  }

  public List<PageLink> getPageLinks() {
    return PageLink.around(results.page(), results.pageCount(), this::pageUrl);
  }

  public String getPreviousUrl() {
    return results.hasPrevious() ? pageUrl(results.page() - 1) : null;
  }

  public String getNextUrl() {
    return results.hasNext() ? pageUrl(results.page() + 1) : null;
  }

  public String getUrl() {
    return faces.getExternalContext().getRequestContextPath() + "/c/" + category.slug();
  }

  private String pageUrl(int page) {
    return getUrl() + parameters.onPage(page).queryString();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public CategoryNode getCategory() {
    return category;
  }

  public Page<ProductSummary> getResults() {
    return results;
  }

  public List<String> getProblems() {
    return problems;
  }

  /** The catalog query for this category; throws InvalidInputException for bad values. */
  private ProductQuery query(String category) {
    return ProductQuery.parse(
        category,
        String.join(",", parameters.all("brand")),
        parameters.first("minPrice"),
        parameters.first("maxPrice"),
        parameters.first("inStock"),
        parameters.first("sort"),
        parameters.first("page"),
        null);
  }
}
