package org.meridianshop.platform.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The larger catalogs DEMO_CATALOG_PRODUCTS asks for, e.g. the 10,000 products of benchmarks. */
class LargerCatalogTest {

  private static DemoCatalog large;

  @BeforeAll
  static void generate() {
    large = DemoCatalogGenerator.generate(10_000);
  }

  @Test
  void withoutTheSettingTheDemoCatalogIsLoaded() {
    assertThat(V1__DemoCatalog.productCount(null)).isEqualTo(336);
    assertThat(V1__DemoCatalog.productCount(" ")).isEqualTo(336);
    assertThat(V1__DemoCatalog.productCount("10000")).isEqualTo(10_000);
    assertThatThrownBy(() -> V1__DemoCatalog.productCount("lots"))
        .hasMessageContaining("DEMO_CATALOG_PRODUCTS");
  }

  @Test
  void askingForTheDemoSizeGivesTheDemoCatalog() {
    assertThat(DemoCatalogGenerator.generate(336)).isEqualTo(DemoCatalogGenerator.generate());
  }

  @Test
  void theProductsAreSpreadEvenlyOverTheAislesWithUniqueSlugsAndSkus() {
    assertThat(large.products()).hasSize(10_000);
    var perAisle =
        large.products().stream()
            .collect(groupingBy(DemoCatalog.Product::categorySlug, counting()))
            .values();
    assertThat(perAisle).hasSize(21).allSatisfy(n -> assertThat(n).isBetween(476L, 477L));
    assertThat(distinct(DemoCatalog.Product::slug)).isEqualTo(10_000);
    var skus =
        large.products().stream()
            .flatMap(p -> p.variants().stream())
            .map(DemoCatalog.Variant::sku)
            .toList();
    assertThat(skus).doesNotHaveDuplicates();
  }

  @Test
  void theDemosShowcaseCountsStayAndStockSharesScale() {
    var byStatus =
        large.products().stream().collect(groupingBy(DemoCatalog.Product::status, counting()));
    assertThat(byStatus).containsEntry("DRAFT", 3L).containsEntry("ARCHIVED", 3L);
    assertThat(large.products().stream().filter(DemoCatalog.Product::featured)).hasSize(12);
    var soldOut = large.products().stream().filter(p -> p.availableQuantity() == 0).count();
    assertThat(soldOut).isBetween(800L, 1_000L);
  }

  private static long distinct(Function<DemoCatalog.Product, String> property) {
    return large.products().stream().map(property).distinct().count();
  }

  @Test
  void aCatalogNeedsAProductInEveryAisle() {
    assertThatThrownBy(() -> DemoCatalogGenerator.generate(20))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
