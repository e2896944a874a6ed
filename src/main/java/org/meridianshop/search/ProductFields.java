package org.meridianshop.search;

/** The field names of a product document, shared by the mapping and the queries. */
final class ProductFields {

  static final String ID = "productId";
  static final String NAME = "name";
  static final String NAME_PREFIXES = "namePrefixes";
  static final String DESCRIPTION = "description";
  static final String STATUS = "status";
  static final String PRICE = "price";
  static final String RATING = "rating";
  static final String REVIEWS = "reviewCount";
  static final String IN_STOCK = "inStock";
  static final String CREATED = "createdAt";
  static final String BRAND_NAME = "brand.name";
  static final String BRAND = "brand.slug";
  static final String CATEGORY_NAME = "category.name";
  static final String CATEGORY = "category.slug";
  static final String DEPARTMENT = "category.parent.slug";

  private ProductFields() {}
}
