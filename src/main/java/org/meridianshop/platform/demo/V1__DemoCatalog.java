package org.meridianshop.platform.demo;

import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Placeholder demo catalog: one department, one brand, one product. */
public class V1__DemoCatalog extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    var c = context.getConnection();
    try (var s = c.createStatement()) {
      s.execute("insert into category (name, slug, position) values ('Computers', 'computers', 0)");
      s.execute(
          "insert into category (parent_id, name, slug, position) select id, 'Laptops', 'laptops', 0 from category where slug = 'computers'");
      s.execute("insert into brand (name, slug) values ('Northwind', 'northwind')");
    }
    try (var p =
        c.prepareStatement(
            "insert into product (name, slug, description, brand_id, category_id, status, price, rating, review_count, available_quantity, featured, created_at, updated_at) select 'Northwind Aero 14 Laptop', 'northwind-aero-14', 'A light laptop.', b.id, c.id, 'ACTIVE', 999.00, 4.5, 12, 30, true, ?, ? from brand b, category c where b.slug = 'northwind' and c.slug = 'laptops'")) {
      var now = Timestamp.from(Instant.now());
      p.setTimestamp(1, now);
      p.setTimestamp(2, now);
      p.executeUpdate();
    }
  }
}
