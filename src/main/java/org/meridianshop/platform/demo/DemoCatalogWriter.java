package org.meridianshop.platform.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a generated catalog with batched inserts in plain SQL that H2 (in PostgreSQL mode) and
 * PostgreSQL both accept. Rows are looked up again by their unique slug, SKU or code to learn their
 * ids; pictures, which have no natural key, return theirs as generated keys.
 */
final class DemoCatalogWriter {

  private final Connection connection;

  DemoCatalogWriter(Connection connection) {
    this.connection = connection;
  }

  void write(DemoCatalog catalog) throws SQLException {
    var warehouseIds = insertWarehouses(catalog.warehouses());
    var categoryIds = insertCategories(catalog.categories());
    var brandIds = insertBrands(catalog.brands());
    var productIds = insertProducts(catalog.products(), brandIds, categoryIds);
    var variantIds = insertVariants(catalog.products(), productIds);
    insertStock(catalog.products(), warehouseIds, variantIds);
    insertImages(catalog.products(), productIds);
    updateAvailableQuantities();
  }

  private List<Long> insertWarehouses(List<DemoCatalog.Warehouse> warehouses) throws SQLException {
    try (var insert =
        BatchInsert.of(
            connection, "insert into warehouse (code, name, city, country) values (?, ?, ?, ?)")) {
      for (var w : warehouses) {
        insert.add(w.code(), w.name(), w.city(), w.country());
      }
    }
    var ids = idsBy("warehouse", "code");
    return warehouses.stream().map(w -> ids.get(w.code())).toList();
  }

  /** Departments first, so their aisles can point at them. */
  private Map<String, Long> insertCategories(List<DemoCatalog.Category> categories)
      throws SQLException {
    var sql =
        "insert into category (parent_id, name, slug, description, position)"
            + " values (?, ?, ?, ?, ?)";
    for (boolean departments : new boolean[] {true, false}) {
      var parentIds = idsBy("category", "slug");
      try (var insert = BatchInsert.of(connection, sql)) {
        for (var c : categories) {
          if ((c.parentSlug() == null) == departments) {
            var parentId = departments ? null : parentIds.get(c.parentSlug());
            insert.add(parentId, c.name(), c.slug(), c.description(), c.position());
          }
        }
      }
    }
    return idsBy("category", "slug");
  }

  private Map<String, Long> insertBrands(List<DemoCatalog.Brand> brands) throws SQLException {
    try (var insert =
        BatchInsert.of(
            connection, "insert into brand (name, slug, description) values (?, ?, ?)")) {
      for (var b : brands) {
        insert.add(b.name(), b.slug(), b.description());
      }
    }
    return idsBy("brand", "slug");
  }

  private Map<String, Long> insertProducts(
      List<DemoCatalog.Product> products, Map<String, Long> brandIds, Map<String, Long> categoryIds)
      throws SQLException {
    var sql =
        "insert into product (name, slug, description, brand_id, category_id, status, price,"
            + " attributes, rating, review_count, low_stock_threshold, featured, created_at,"
            + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (var insert = BatchInsert.of(connection, sql)) {
      for (var p : products) {
        insert.add(
            p.name(),
            p.slug(),
            p.description(),
            brandIds.get(p.brandSlug()),
            categoryIds.get(p.categorySlug()),
            p.status(),
            p.price(),
            p.attributes(),
            p.rating(),
            p.reviewCount(),
            StockPlanner.LOW_STOCK_THRESHOLD,
            p.featured(),
            utc(p.createdAt()),
            utc(p.updatedAt()));
      }
    }
    return idsBy("product", "slug");
  }

  private Map<String, Long> insertVariants(
      List<DemoCatalog.Product> products, Map<String, Long> productIds) throws SQLException {
    var sql =
        "insert into product_variant (product_id, sku, name, price, attributes, position)"
            + " values (?, ?, ?, ?, ?, ?)";
    try (var insert = BatchInsert.of(connection, sql)) {
      for (var p : products) {
        for (int i = 0; i < p.variants().size(); i++) {
          var v = p.variants().get(i);
          insert.add(productIds.get(p.slug()), v.sku(), v.name(), v.price(), v.attributes(), i);
        }
      }
    }
    return idsBy("product_variant", "sku");
  }

  private void insertStock(
      List<DemoCatalog.Product> products, List<Long> warehouseIds, Map<String, Long> variantIds)
      throws SQLException {
    var sql =
        "insert into stock_level (warehouse_id, variant_id, on_hand, reserved) values (?, ?, ?, 0)";
    try (var insert = BatchInsert.of(connection, sql)) {
      for (var p : products) {
        for (var v : p.variants()) {
          for (int w = 0; w < warehouseIds.size(); w++) {
            insert.add(warehouseIds.get(w), variantIds.get(v.sku()), v.onHand().get(w));
          }
        }
      }
    }
  }

  /** Each picture becomes a media row, dated with its product, and an image pointing at it. */
  private void insertImages(List<DemoCatalog.Product> products, Map<String, Long> productIds)
      throws SQLException {
    var mediaIds = new ArrayList<Long>();
    var mediaSql = "insert into media (content_type, content, created_at) values (?, ?, ?)";
    try (var insert = BatchInsert.collectingIds(connection, mediaSql)) {
      for (var p : products) {
        for (var image : p.images()) {
          insert.add(
              "image/svg+xml", image.svg().getBytes(StandardCharsets.UTF_8), utc(p.createdAt()));
        }
      }
      mediaIds.addAll(insert.ids());
    }
    var sql = "insert into product_image (product_id, url, alt_text, position) values (?, ?, ?, ?)";
    var nextMedia = mediaIds.iterator();
    try (var insert = BatchInsert.of(connection, sql)) {
      for (var p : products) {
        for (int i = 0; i < p.images().size(); i++) {
          var url = "/media/" + nextMedia.next();
          insert.add(productIds.get(p.slug()), url, p.images().get(i).altText(), i);
        }
      }
    }
  }

  /** The product's copy of its stock: everything on hand and not reserved, in all warehouses. */
  private void updateAvailableQuantities() throws SQLException {
    try (var update = connection.createStatement()) {
      update.executeUpdate(
          "update product set available_quantity = (select coalesce(sum(s.on_hand - s.reserved), 0)"
              + " from stock_level s join product_variant v on v.id = s.variant_id"
              + " where v.product_id = product.id)");
    }
  }

  private Map<String, Long> idsBy(String table, String key) throws SQLException {
    var ids = new HashMap<String, Long>();
    try (var select = connection.createStatement();
        var rows = select.executeQuery("select id, " + key + " from " + table)) {
      while (rows.next()) {
        ids.put(rows.getString(2), rows.getLong(1));
      }
    }
    return ids;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
