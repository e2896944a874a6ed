package org.meridianshop.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.persistence.Migrations;

/** The demo catalog as production loads it, into PostgreSQL: the same rows as on H2. */
class DemoCatalogPostgresTest {

  private static EmbeddedPostgres postgres;
  private static DemoDatabase database;

  @BeforeAll
  static void loadDemoCatalog() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    var dataSource = postgres.getPostgresDatabase();
    Migrations.schema(dataSource);
    long start = System.nanoTime();
    var result = Migrations.demoData(dataSource);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("Demo catalog loaded into PostgreSQL in " + millis + " ms");
    assertThat(result.migrationsExecuted).isEqualTo(1);
    assertThat(Migrations.demoData(dataSource).migrationsExecuted).isZero();
    database = new DemoDatabase(dataSource);
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void everyTableHoldsWhatWasGenerated() throws SQLException {
    var catalog = DemoCatalogGenerator.generate();
    var products = catalog.products();
    assertThat(database.rows("warehouse")).isEqualTo(catalog.warehouses().size());
    assertThat(database.rows("category")).isEqualTo(catalog.categories().size());
    assertThat(database.rows("brand")).isEqualTo(catalog.brands().size());
    assertThat(database.rows("product")).isEqualTo(products.size());
    long variants = products.stream().mapToLong(p -> p.variants().size()).sum();
    long images = products.stream().mapToLong(p -> p.images().size()).sum();
    assertThat(database.rows("product_variant")).isEqualTo(variants);
    assertThat(database.rows("stock_level")).isEqualTo(variants * catalog.warehouses().size());
    assertThat(database.rows("product_image")).isEqualTo(images);
    assertThat(database.rows("media")).isEqualTo(images);
  }

  @Test
  void productsMatchThoseLoadedIntoH2() throws SQLException {
    var h2 = DemoCatalogTest.h2("demo-compared-with-postgresql");
    Migrations.schema(h2);
    Migrations.demoData(h2);
    var sql =
        "select p.slug, p.name, p.status, p.price, p.rating, p.review_count, p.featured,"
            + " p.available_quantity, p.attributes, b.slug, c.slug from product p"
            + " join brand b on b.id = p.brand_id join category c on c.id = p.category_id"
            + " order by p.slug";
    assertThat(database.lines(sql)).isEqualTo(new DemoDatabase(h2).lines(sql));
    var variants = "select sku, name, price, attributes from product_variant order by sku";
    assertThat(database.lines(variants)).isEqualTo(new DemoDatabase(h2).lines(variants));
  }

  @Test
  void imagesPointAtTheirMedia() throws SQLException {
    assertThat(
            database.count(
                "select count(*) from product_image i where not exists"
                    + " (select 1 from media m where i.url = '/media/' || m.id)"))
        .isZero();
  }
}
