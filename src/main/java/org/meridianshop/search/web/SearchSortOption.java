package org.meridianshop.search.web;

import java.util.List;
import org.meridianshop.catalog.ProductSort;

/** An entry of the search page's sort menu: the URL value and what the shopper reads. */
public record SearchSortOption(String value, String label) {

  static final List<SearchSortOption> ALL =
      List.of(
          of(ProductSort.RELEVANCE, "Best match"),
          of(ProductSort.PRICE_ASC, "Price: low to high"),
          of(ProductSort.PRICE_DESC, "Price: high to low"),
          of(ProductSort.RATING, "Top rated"),
          of(ProductSort.NEWEST, "Newest"));

  private static SearchSortOption of(ProductSort sort, String label) {
    return new SearchSortOption(sort.parameter(), label);
  }
}
