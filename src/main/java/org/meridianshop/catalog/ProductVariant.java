package org.meridianshop.catalog;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Map;
import org.meridianshop.platform.money.Money;

/** One buyable form of a product (a SKU), such as a size and colour, with its own price. */
@Entity
public class ProductVariant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  private String sku;
  private String name;
  private BigDecimal price;

  @Convert(converter = AttributesConverter.class)
  private Map<String, String> attributes;

  private int position;

  protected ProductVariant() {}

  /** A new variant, placed after the product's others. */
  ProductVariant(Product product, VariantDraft draft, int position) {
    this.product = product;
    this.position = position;
    revise(draft);
  }

  void revise(VariantDraft draft) {
    sku = draft.sku();
    name = draft.name();
    price = draft.price();
    attributes = draft.attributes();
  }

  public Product product() {
    return product;
  }

  public Long id() {
    return id;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public Money price() {
    return Money.usd(price);
  }

  public Map<String, String> attributes() {
    return attributes;
  }
}
