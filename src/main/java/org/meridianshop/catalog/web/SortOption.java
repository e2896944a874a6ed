package org.meridianshop.catalog.web;

import java.util.List;
import org.meridianshop.catalog.ProductSort;

/** An entry of the listing's sort menu: the URL value and what the shopper reads. */
public record SortOption(String value, String label) {

  static final List<SortOption> ALL =
      List.of(
          of(ProductSort.RELEVANCE, "Most relevant"),
          of(ProductSort.PRICE_ASC, "Price: low to high"),
          of(ProductSort.PRICE_DESC, "Price: high to low"),
          of(ProductSort.RATING, "Top rated"),
          of(ProductSort.NEWEST, "Newest"));

  private static SortOption of(ProductSort sort, String label) {
    return new SortOption(sort.parameter(), label);
  }
}
