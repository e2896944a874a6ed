package org.meridianshop.catalog.web;

import org.meridianshop.catalog.ProductDetails;
import org.meridianshop.catalog.VariantDraft;

/** What an administrator fills in for a variant; attributes one per line as {@code name: value}. */
public class VariantForm {

  private String sku;
  private String name;
  private String price;
  private String attributes;

  VariantDraft draft() {
    return new VariantDraft(
        sku, name, ProductForm.amount(price), ProductForm.attributes(attributes));
  }

  void fill(ProductDetails.Variant variant) {
    sku = variant.sku();
    name = variant.name();
    price = variant.price().amount().toPlainString();
    attributes = ProductForm.lines(variant.attributes());
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public String getAttributes() {
    return attributes;
  }

  public void setAttributes(String attributes) {
    this.attributes = attributes;
  }
}
