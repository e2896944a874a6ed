package org.meridianshop.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.meridianshop.catalog.ProductSummary.Image;
import org.meridianshop.catalog.ProductSummary.Reference;
import org.meridianshop.platform.money.Money;

/** Everything a product page shows: description, variants, attributes and stock. */
@JsonbPropertyOrder({
  "id",
  "name",
  "slug",
  "description",
  "price",
  "images",
  "rating",
  "reviewCount",
  "brand",
  "category",
  "parentCategory",
  "inStock",
  "stockStatus",
  "availableQuantity",
  "attributes",
  "variants"
})
public record ProductDetails(
    String id,
    String name,
    String slug,
    String description,
    Money price,
    List<Image> images,
    BigDecimal rating,
    int reviewCount,
    Reference brand,
    Reference category,
    Reference parentCategory,
    boolean inStock,
    String stockStatus,
    int availableQuantity,
    Map<String, String> attributes,
    List<Variant> variants)
    implements Serializable {

  static ProductDetails of(Product product) {
    var category = product.category();
    return new ProductDetails(
        product.id().toString(),
        product.name(),
        product.slug(),
        product.description(),
        product.price(),
        Image.all(product),
        product.rating(),
        product.reviewCount(),
        Reference.of(product.brand()),
        Reference.of(category),
        category.isTopLevel() ? null : Reference.of(category.parent()),
        product.stockStatus().available(),
        product.stockStatus().code(),
        product.availableQuantity(),
        Map.copyOf(product.attributes()),
        product.variants().stream().map(Variant::of).toList());
  }

  public ProductDetails withPrices(UnaryOperator<Money> conversion) {
    return new ProductDetails(
        id,
        name,
        slug,
        description,
        conversion.apply(price),
        images,
        rating,
        reviewCount,
        brand,
        category,
        parentCategory,
        inStock,
        stockStatus,
        availableQuantity,
        attributes,
        variants.stream().map(v -> v.withPrice(conversion.apply(v.price()))).toList());
  }

  /** One buyable form of the product. */
  public record Variant(
      String id, String sku, String name, Money price, Map<String, String> attributes)
      implements Serializable {
    static Variant of(ProductVariant variant) {
      return new Variant(
          variant.id().toString(),
          variant.sku(),
          variant.name(),
          variant.price(),
          Map.copyOf(variant.attributes()));
    }

    Variant withPrice(Money newPrice) {
      return new Variant(id, sku, name, newPrice, attributes);
    }
  }
}
