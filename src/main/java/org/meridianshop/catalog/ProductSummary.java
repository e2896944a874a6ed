package org.meridianshop.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.meridianshop.platform.money.Money;

/** A product as lists show it. */
@JsonbPropertyOrder({
  "id",
  "name",
  "slug",
  "price",
  "images",
  "rating",
  "reviewCount",
  "brand",
  "category",
  "inStock",
  "stockStatus"
})
public record ProductSummary(
    String id,
    String name,
    String slug,
    Money price,
    List<Image> images,
    BigDecimal rating,
    int reviewCount,
    Reference brand,
    Reference category,
    boolean inStock,
    String stockStatus,
    int availableQuantity)
    implements Serializable {

  static ProductSummary of(Product product) {
    return new ProductSummary(
        product.id().toString(),
        product.name(),
        product.slug(),
        product.price(),
        Image.all(product),
        product.rating(),
        product.reviewCount(),
        Reference.of(product.brand()),
        Reference.of(product.category()),
        product.stockStatus().available(),
        product.stockStatus().code(),
        product.availableQuantity());
  }

  public ProductSummary withPrices(UnaryOperator<Money> conversion) {
    return new ProductSummary(
        id,
        name,
        slug,
        conversion.apply(price),
        images,
        rating,
        reviewCount,
        brand,
        category,
        inStock,
        stockStatus,
        availableQuantity);
  }

  /** A product picture's address and the text that describes it. */
  public record Image(String url, String alt) implements Serializable {
    static List<Image> all(Product product) {
      return product.images().stream().map(i -> new Image(i.url(), i.altText())).toList();
    }
  }

  /** A brand or category as a product names it. */
  public record Reference(String id, String name, String slug) implements Serializable {
    static Reference of(Brand brand) {
      return new Reference(brand.id().toString(), brand.name(), brand.slug());
    }

    static Reference of(Category category) {
      return new Reference(category.id().toString(), category.name(), category.slug());
    }
  }
}
