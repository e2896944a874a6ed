package org.meridianshop.catalog;

/** Where a product is in its life: only active products are shown to shoppers. */
public enum ProductStatus {
  DRAFT,
  ACTIVE,
  ARCHIVED
}
