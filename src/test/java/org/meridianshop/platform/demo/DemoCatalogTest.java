package org.meridianshop.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.persistence.Migrations;

/** The demo catalog as the shop loads it into its default database, H2 in PostgreSQL mode. */
class DemoCatalogTest {

  private static DataSource dataSource;
  private static DemoDatabase database;
  private static long loadMillis;

  @BeforeAll
  static void loadDemoCatalog() {
    dataSource = h2("demo");
    Migrations.schema(dataSource);
    long start = System.nanoTime();
    var result = Migrations.demoData(dataSource);
    loadMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("Demo catalog loaded into H2 in " + loadMillis + " ms");
    assertThat(result.migrationsExecuted).isEqualTo(1);
    database = new DemoDatabase(dataSource);
  }

  static DataSource h2(String name) {
    var h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + name
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("shop");
    h2.setPassword("shop");
    return h2;
  }

  @Test
  void categoriesFormATwoLevelTree() throws SQLException {
    assertThat(database.rows("category")).isGreaterThanOrEqualTo(12);
    assertThat(database.count("select count(*) from category where parent_id is null"))
        .isBetween(4L, 6L);
    assertThat(
            database.count(
                "select count(*) from category c join category p on c.parent_id = p.id"
                    + " where p.parent_id is not null"))
        .isZero();
    assertThat(
            database.count(
                "select min(n) from (select count(*) n from category c join category p"
                    + " on c.parent_id = p.id group by p.id) aisles"))
        .isGreaterThanOrEqualTo(3);
    assertThat(database.lines("select slug from category"))
        .allSatisfy(slug -> assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*\\|"));
  }

  @Test
  void thereAreEnoughBrandsAndActiveProducts() throws SQLException {
    assertThat(database.rows("brand")).isGreaterThanOrEqualTo(15);
    assertThat(database.count("select count(*) from product where status = 'ACTIVE'"))
        .isGreaterThanOrEqualTo(300);
    assertThat(database.count("select count(*) from product where status <> 'ACTIVE'"))
        .isEqualTo(6);
    assertThat(database.count("select count(*) from product where featured")).isEqualTo(12);
    assertThat(
            database.count(
                "select count(*) from product where rating < 2.5 or rating > 5"
                    + " or review_count < 0 or review_count > 2000"))
        .isZero();
  }

  @Test
  void productsAreOnlyInAisles() throws SQLException {
    assertThat(
            database.count(
                "select count(*) from product p join category c on p.category_id = c.id"
                    + " where c.parent_id is null"))
        .isZero();
  }

  @Test
  void everyProductHasAVariantAndAnImage() throws SQLException {
    assertThat(
            database.count(
                "select count(*) from product p where not exists"
                    + " (select 1 from product_variant v where v.product_id = p.id)"))
        .isZero();
    assertThat(
            database.count(
                "select count(*) from product p where not exists"
                    + " (select 1 from product_image i where i.product_id = p.id)"))
        .isZero();
    assertThat(
            database.count(
                "select max(n) from (select count(*) n from product_variant"
                    + " group by product_id) v"))
        .isBetween(2L, 4L);
  }

  @Test
  void everyImagePointsAtAWellFormedSvg() throws Exception {
    var xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    var parser = xml.newDocumentBuilder();
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select i.url, m.id, m.content_type, m.content from product_image i"
                    + " left join media m on i.url = concat('/media/', m.id)")) {
      int images = 0;
      while (rows.next()) {
        images++;
        assertThat(rows.getObject(2)).as("media of %s", rows.getString(1)).isNotNull();
        assertThat(rows.getString(3)).isEqualTo("image/svg+xml");
        var svg = parser.parse(new ByteArrayInputStream(rows.getBytes(4)));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 600 600");
      }
      assertThat(images).isGreaterThanOrEqualTo(300);
    }
  }

  @Test
  void stockIsHeldInThreeWarehousesAndCopiedToProducts() throws SQLException {
    assertThat(database.rows("warehouse")).isEqualTo(3);
    assertThat(database.rows("stock_level")).isEqualTo(3 * database.rows("product_variant"));
    assertThat(
            database.count(
                "select count(*) from product p where available_quantity <>"
                    + " (select coalesce(sum(s.on_hand - s.reserved), 0) from stock_level s"
                    + " join product_variant v on v.id = s.variant_id where v.product_id = p.id)"))
        .isZero();
    long products = database.rows("product");
    long outOfStock = database.count("select count(*) from product where available_quantity = 0");
    long low =
        database.count("select count(*) from product where available_quantity between 1 and 5");
    assertThat(outOfStock).isBetween(products * 5 / 100, products * 11 / 100);
    assertThat(low).isBetween(products * 7 / 100, products * 13 / 100);
    assertThat(database.count("select max(on_hand) from stock_level")).isLessThanOrEqualTo(120);
  }

  @Test
  void loadingTakesAtMostAFewSeconds() {
    assertThat(loadMillis).isLessThan(5_000);
  }

  @Test
  void runningTheMigrationAgainAddsNothing() throws SQLException {
    var before = database.dump();
    var again = Migrations.demoData(dataSource);
    assertThat(again.migrationsExecuted).isZero();
    assertThat(database.dump()).isEqualTo(before);
  }

  @Test
  void freshDatabasesGetIdenticalCatalogs() throws SQLException {
    var fresh = h2("demo-again");
    Migrations.schema(fresh);
    Migrations.demoData(fresh);
    assertThat(new DemoDatabase(fresh).dump()).isEqualTo(database.dump());
  }
}
