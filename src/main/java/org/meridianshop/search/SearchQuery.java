package org.meridianshop.search;

import java.util.ArrayList;
import java.util.Locale;
import org.meridianshop.catalog.ProductQuery;
import org.meridianshop.catalog.ProductSort;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * What a shopper searched for: the words and the same filters, order and page as a catalog listing,
 * except that the order defaults to relevance. Built from the raw strings of a URL so that every
 * bad value becomes a field error.
 */
public record SearchQuery(String text, ProductQuery filters) {

  static final int MAX_LENGTH = 200;

  public SearchQuery {
    text = text == null ? "" : text.strip();
  }

  public static SearchQuery parse(
      String text,
      String category,
      String brands,
      String minPrice,
      String maxPrice,
      String inStock,
      String sort,
      String page,
      String size) {
    var errors = new ArrayList<FieldError>();
    if (text != null && text.strip().length() > MAX_LENGTH) {
      errors.add(new FieldError("q", "must be at most " + MAX_LENGTH + " characters"));
    }
    ProductQuery filters = null;
    try {
      filters = ProductQuery.parse(category, brands, minPrice, maxPrice, inStock, sort, page, size);
    } catch (InvalidInputException e) {
      errors.addAll(e.fieldErrors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    var blankSort = sort == null || sort.isBlank();
    return new SearchQuery(text, blankSort ? relevance(filters) : filters);
  }

  private static ProductQuery relevance(ProductQuery q) {
    return new ProductQuery(
        q.category(),
        q.brands(),
        q.minPrice(),
        q.maxPrice(),
        q.inStockOnly(),
        ProductSort.RELEVANCE,
        q.page(),
        q.size());
  }

  /** The words as the log and the report group them. */
  public String normalizedText() {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  public String cacheKey() {
    return normalizedText() + "|" + filters.cacheKey();
  }
}
