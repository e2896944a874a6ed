package org.meridianshop.catalog.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.meridianshop.catalog.ProductDraft;
import org.meridianshop.catalog.ProductSheet;
import org.meridianshop.platform.errors.InvalidInputException;

/**
 * What an administrator fills in for a product. Attributes are typed one per line as {@code name:
 * value}; the price as text, so a typo is shown next to the field rather than lost.
 */
public class ProductForm {

  private String name;
  private String slug;
  private String description;
  private String brandId;
  private String categoryId;
  private String status = "draft";
  private String price;
  private String attributes;

  ProductDraft draft() {
    return new ProductDraft(
        name, slug, description, brandId, categoryId, status, amount(price), attributeMap());
  }

  void fill(ProductSheet sheet) {
    name = sheet.name();
    slug = sheet.slug();
    description = sheet.description();
    brandId = sheet.brandId();
    categoryId = sheet.categoryId();
    status = sheet.status();
    price = sheet.price().toPlainString();
    attributes = lines(sheet.attributes());
  }

  /** Attributes as the form shows them: one {@code name: value} a line. */
  static String lines(Map<String, String> attributes) {
    return attributes.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  /** An amount as typed; text that is no number is refused for the field {@code price}. */
  static BigDecimal amount(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("price", "Give an amount such as 19.99.");
    }
  }

  /** Lines of {@code name: value}; lines without a colon are ignored. */
  static Map<String, String> attributes(String text) {
    var map = new LinkedHashMap<String, String>();
    if (text != null) {
      for (var line : text.split("\\R")) {
        var colon = line.indexOf(':');
        if (colon > 0) {
          map.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
      }
    }
    return map;
  }

  private Map<String, String> attributeMap() {
    return attributes(attributes);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getBrandId() {
    return brandId;
  }

  public void setBrandId(String brandId) {
    this.brandId = brandId;
  }

  public String getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(String categoryId) {
    this.categoryId = categoryId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
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
