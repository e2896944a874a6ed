package org.meridianshop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void theRatingIsTheReviewsAverageToOneDecimalRoundedHalfUp() {
    var product = product();
    product.rate(9, 2);
    assertThat(product.rating()).isEqualByComparingTo("4.5");
    assertThat(product.reviewCount()).isEqualTo(2);
    product.rate(14, 3);
    assertThat(product.rating()).isEqualTo(new BigDecimal("4.7"));
    product.rate(13, 3);
    assertThat(product.rating()).isEqualTo(new BigDecimal("4.3"));
    product.rate(1, 1);
    assertThat(product.rating()).isEqualTo(new BigDecimal("1.0"));
  }

  @Test
  void aProductWithoutReviewsIsRatedZero() {
    var product = product();
    product.rate(0, 0);
    assertThat(product.rating()).isEqualByComparingTo("0");
    assertThat(product.reviewCount()).isZero();
  }

  @Test
  void aTallyNoReviewsOfOneToFiveStarsCanMakeIsRefused() {
    var product = product();
    assertThatThrownBy(() -> product.rate(11, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> product.rate(1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void archivingTakesAProductOffSale() {
    var product = product();
    assertThat(product.isVisibleToShoppers()).isTrue();
    product.archive(NOW.plusSeconds(60));
    assertThat(product.isVisibleToShoppers()).isFalse();
    assertThat(product.status()).isEqualTo(ProductStatus.ARCHIVED);
    assertThat(product.updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void variantsAndPicturesAreAddedAfterTheOthers() {
    var product = product();
    product.addVariant(
        new VariantDraft("TR-1", null, new BigDecimal("10.00"), Map.of("size", "M")).validated(),
        NOW);
    product.addImage("/media/1", "front", NOW);
    product.addImage("/media/2", "back", NOW);
    assertThat(product.variants()).extracting(ProductVariant::name).containsExactly("M");
    assertThat(product.images())
        .extracting(ProductImage::url)
        .containsExactly("/media/1", "/media/2");
  }

  static Product product() {
    var draft =
        new ProductDraft(
                "Trail Runner",
                null,
                "Light shoes",
                "1",
                "2",
                "active",
                new BigDecimal("89.90"),
                Map.of())
            .validated();
    return new Product(draft, new Brand("Northwind"), new Category("Shoes", null), NOW);
  }
}
