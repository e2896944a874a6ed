package org.meridianshop.platform.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The generated demo catalog, row by row, before it is written. Rows refer to each other by slug or
 * code since database ids only exist once they are written.
 */
record DemoCatalog(
    List<DemoCatalog.Warehouse> warehouses,
    List<DemoCatalog.Category> categories,
    List<DemoCatalog.Brand> brands,
    List<DemoCatalog.Product> products) {

  record Warehouse(String code, String name, String city, String country) {}

  /** A department when {@code parentSlug} is null, otherwise one of its aisles. */
  record Category(String name, String slug, String description, String parentSlug, int position) {}

  record Brand(String name, String slug, String description) {}

  record Product(
      String name,
      String slug,
      String description,
      String brandSlug,
      String categorySlug,
      String status,
      BigDecimal price,
      String attributes,
      BigDecimal rating,
      int reviewCount,
      boolean featured,
      Instant createdAt,
      Instant updatedAt,
      List<Variant> variants,
      List<Image> images) {

    int availableQuantity() {
      return variants.stream().mapToInt(Variant::available).sum();
    }
  }

  /** A variant and how many of it each warehouse has, in the order of the warehouses. */
  record Variant(
      String sku, String name, BigDecimal price, String attributes, List<Integer> onHand) {

    int available() {
      return onHand.stream().mapToInt(Integer::intValue).sum();
    }
  }

  record Image(String altText, String svg) {}
}
