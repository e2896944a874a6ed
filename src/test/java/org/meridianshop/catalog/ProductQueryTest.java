package org.meridianshop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ShopException.FieldError;

class ProductQueryTest {

  @Test
  void missingParametersMeanTheFirstPageOfTwentyNewestFirst() {
    var query = ProductQuery.parse(null, null, null, null, null, null, null, null);
    assertThat(query.page()).isEqualTo(1);
    assertThat(query.size()).isEqualTo(20);
    assertThat(query.sort()).isEqualTo(ProductSort.NEWEST);
    assertThat(query.inStockOnly()).isFalse();
    assertThat(query.brands()).isEmpty();
  }

  @Test
  void readsEveryFilter() {
    var query =
        ProductQuery.parse(
            "laptops", "Northwind, halcyon,,", "10", "99.5", "true", "price_desc", "3", "100");
    assertThat(query.category()).isEqualTo("laptops");
    assertThat(query.brands()).containsExactly("halcyon", "northwind");
    assertThat(query.minPrice()).isEqualByComparingTo("10");
    assertThat(query.maxPrice()).isEqualByComparingTo("99.5");
    assertThat(query.inStockOnly()).isTrue();
    assertThat(query.sort()).isEqualTo(ProductSort.PRICE_DESC);
    assertThat(query.page()).isEqualTo(3);
    assertThat(query.size()).isEqualTo(100);
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    assertThatThrownBy(
            () -> ProductQuery.parse(null, null, "-1", "x", "maybe", "cheapest", "0", "101"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "minPrice", "maxPrice", "inStock", "sort", "page", "size"));
  }

  @Test
  void theSameFiltersGiveTheSameCacheKeyWhateverTheirSpelling() {
    var a = ProductQuery.parse("tvs", "b,a", "10", null, "yes", "rating", null, null);
    var b = ProductQuery.parse("tvs", " A ,B", "10", "", "true", "RATING", "1", "20");
    assertThat(a.cacheKey()).isEqualTo(b.cacheKey());
  }
}
