package org.meridianshop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridianshop.analytics.AnalyticsApi.admin;

import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.analytics.AnalyticsApi;
import org.meridianshop.testing.RunningShop;

/**
 * ETL throughput on a day of many orders, and the dashboard's response time uncached and cached. On
 * demand, on the production wiring (its name matches neither {@code *Test} nor {@code *IT}):
 *
 * <pre>
 * mvn -o package liberty:create@prepare-server-for-tests liberty:deploy@prepare-server-for-tests \
 *   failsafe:integration-test@production-wiring -Dit.test=AnalyticsEtlBenchmark -Dbenchmark.orders=100000
 * </pre>
 *
 * One real order is placed and paid through the API; the database then gets that many copies of it
 * (new ids, other customers, placed through one past day) in a few set-based statements, and the
 * ETL loads that day through the admin API.
 */
@ExtendWith(RunningShop.class)
class AnalyticsEtlBenchmark {

  private static final LocalDate DAY = LocalDate.parse("2026-01-15");
  private static final int ORDERS = Integer.getInteger("benchmark.orders", 100_000);
  private static final int CUSTOMERS = 5_000;

  @Test
  void loadsADayOfManyOrdersAndServesItsDashboard() throws SQLException {
    var shopper = Shopper.register();
    var stock = Stock.of(90, 5);
    shopper.addToCart(stock.productId(), stock.variantId(), 1);
    var template = shopper.placeOrder("pm_card_visa");
    shopper.awaitStatus(template, "confirmed");
    var copying = System.nanoTime();
    copy(template);
    System.out.printf(
        "Copied the order %d times in %d ms%n", ORDERS, (System.nanoTime() - copying) / 1_000_000);

    var started = System.nanoTime();
    var run = AnalyticsApi.awaitEnd(start(), Duration.ofMinutes(30));
    var seconds = (System.nanoTime() - started) / 1e9;

    assertThat(run.getString("status")).isEqualTo("COMPLETED");
    var uncached = timed(this::dashboard);
    var figures = dashboard();
    assertThat(figures.getInt("totals.orders")).isEqualTo(ORDERS);
    var cached = new ArrayList<Long>();
    for (int i = 0; i < 50; i++) {
      cached.add(timed(this::dashboard));
    }
    Collections.sort(cached);
    System.out.printf(
        "ETL of %d orders: %.1f s, %.0f orders/s (run %s: %s)%n",
        ORDERS, seconds, ORDERS / seconds, run.getLong("executionId"), run.prettify());
    System.out.printf(
        "Dashboard of the day: uncached %d ms; cached p50 %d ms, p95 %d ms (50 requests)%n",
        uncached, cached.get(24), cached.get(47));
  }

  /** Copies of the paid order, its lines and its history, spread through {@link #DAY}. */
  private static void copy(String orderId) throws SQLException {
    try (var db = RunningShop.database();
        var copies = db.createStatement()) {
      db.setAutoCommit(false);
      copies.execute(
          "create temporary table bench_order on commit drop as"
              + " select gen_random_uuid() as id, n from generate_series(1, "
              + ORDERS
              + ") n");
      var from = "from bench_order b, ";
      var template = "'" + orderId + "'";
      copies.execute(
          "insert into shop_order (id, account_id, email, status, currency, subtotal,"
              + " shipping_cost, total, total_usd, shipping_method, payment_method,"
              + " shipping_address, billing_address, reservation_id, placed_at)"
              + " select b.id, md5('bench-' || (b.n % "
              + CUSTOMERS
              + "))::uuid, t.email, t.status, t.currency, t.subtotal, t.shipping_cost, t.total,"
              + " t.total_usd, t.shipping_method, t.payment_method, t.shipping_address,"
              + " t.billing_address, gen_random_uuid(), timestamptz '"
              + DAY
              + " 00:00:00+00' + b.n * (interval '86399 seconds' / "
              + ORDERS
              + ") "
              + from
              + "shop_order t where t.id = "
              + template);
      copies.execute(
          "insert into shop_order_line (order_id, position, product_id, variant_id, name,"
              + " quantity, unit_price, unit_price_usd)"
              + " select b.id, l.position, l.product_id, l.variant_id, l.name, l.quantity,"
              + " l.unit_price, l.unit_price_usd "
              + from
              + "shop_order_line l where l.order_id = "
              + template);
      copies.execute(
          "insert into shop_order_status_change (order_id, status, changed_at, cause)"
              + " select b.id, c.status, c.changed_at, c.cause "
              + from
              + "shop_order_status_change c where c.order_id = "
              + template);
      db.commit();
    }
  }

  private static long start() {
    return admin()
        .contentType("application/json")
        .body(Map.of("from", DAY.toString(), "to", DAY.toString()))
        .post("runs")
        .then()
        .statusCode(202)
        .extract()
        .jsonPath()
        .getLong("executionId");
  }

  private JsonPath dashboard() {
    return admin()
        .queryParam("from", DAY.toString())
        .queryParam("to", DAY.toString())
        .get("dashboard")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static long timed(Runnable request) {
    var start = System.nanoTime();
    request.run();
    return (System.nanoTime() - start) / 1_000_000;
  }
}
