package org.meridianshop.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meridianshop.catalog.ProductSort;
import org.meridianshop.platform.errors.InvalidInputException;

class SearchQueryTest {

  private static SearchQuery parse(String q, String sort) {
    return SearchQuery.parse(q, null, null, null, null, null, sort, null, null);
  }

  @Test
  void searchesAreOrderedByRelevanceUnlessAskedOtherwise() {
    assertThat(parse("laptop", null).filters().sort()).isEqualTo(ProductSort.RELEVANCE);
    assertThat(parse("laptop", "newest").filters().sort()).isEqualTo(ProductSort.NEWEST);
  }

  @Test
  void badValuesAreAllReportedByField() {
    assertThatThrownBy(
            () ->
                SearchQuery.parse(
                    "x".repeat(201), null, null, "cheap", null, null, "best", "0", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(error -> error.field())
                    .containsExactlyInAnyOrder("q", "minPrice", "sort", "page"));
  }

  @Test
  void theSameSearchTypedDifferentlySharesACacheEntry() {
    assertThat(parse("  Gaming   Laptop ", null).cacheKey())
        .isEqualTo(parse("gaming laptop", "relevance").cacheKey());
    assertThat(parse("gaming laptop", null).cacheKey())
        .isNotEqualTo(parse("gaming laptop", "newest").cacheKey());
  }
}
