package org.meridianshop.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A picture of a product, shown in the order of its position. */
@Entity
public class ProductImage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  private String url;
  private String altText;
  private int position;

  protected ProductImage() {}

  ProductImage(Product product, String url, String altText, int position) {
    this.product = product;
    this.url = url;
    this.altText = altText;
    this.position = position;
  }

  public String url() {
    return url;
  }

  public String altText() {
    return altText;
  }
}
