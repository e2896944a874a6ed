package org.meridianshop.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A product as the console edits it, whatever its status: the fields of its draft, its variants and
 * its pictures.
 */
public record ProductSheet(
    String id,
    String name,
    String slug,
    String description,
    String brandId,
    String brand,
    String categoryId,
    String category,
    String status,
    BigDecimal price,
    Map<String, String> attributes,
    BigDecimal rating,
    int reviewCount,
    List<ProductDetails.Variant> variants,
    List<Picture> images,
    Instant updatedAt)
    implements Serializable {

  static ProductSheet of(Product product) {
    return new ProductSheet(
        product.id().toString(),
        product.name(),
        product.slug(),
        product.description(),
        product.brand().id().toString(),
        product.brand().name(),
        product.category().id().toString(),
        product.category().name(),
        product.status().label(),
        product.price().amount(),
        product.attributes(),
        product.rating(),
        product.reviewCount(),
        product.variants().stream().map(ProductDetails.Variant::of).toList(),
        product.images().stream().map(i -> new Picture(i.url(), i.altText())).toList(),
        product.updatedAt());
  }

  public record Picture(String url, String alt) implements Serializable {}
}
