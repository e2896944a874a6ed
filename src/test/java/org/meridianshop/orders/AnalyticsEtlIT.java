package org.meridianshop.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.meridianshop.analytics.AnalyticsApi.RUN_PATIENCE;
import static org.meridianshop.analytics.AnalyticsApi.TODAY;
import static org.meridianshop.analytics.AnalyticsApi.admin;
import static org.meridianshop.analytics.AnalyticsApi.awaitEnd;
import static org.meridianshop.analytics.AnalyticsApi.dashboard;
import static org.meridianshop.analytics.AnalyticsApi.live;
import static org.meridianshop.analytics.AnalyticsApi.loaded;
import static org.meridianshop.analytics.AnalyticsApi.run;
import static org.meridianshop.analytics.AnalyticsApi.start;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.stock.InventoryApi;
import org.meridianshop.testing.PageClient;
import org.meridianshop.testing.RunningShop;
import org.meridianshop.testing.ShopWiring;

/**
 * The analytics ETL against the shop's real orders: today's figures grow by exactly the orders a
 * test places (paid ones, in US dollars and per currency, refunds against their day), loading the
 * day again never counts an order twice, and a run stopped between chunks and restarted ends with
 * the same figures. Figures are compared before and after, so other tests' orders do not matter.
 * (It lives with the checkout tests for their {@link Shopper} and {@link Stock}.)
 */
@ExtendWith(RunningShop.class)
class AnalyticsEtlIT {

  @Test
  void todaysFiguresGrowByExactlyThePaidOrdersAndLoadingAgainChangesNothing() {
    var stock = Stock.of(90, 20);
    var before = loaded();
    var liveBefore = live();
    var visitor = UUID.randomUUID().toString();
    for (var page : List.of("", "search.xhtml?q=lamp", "cart.xhtml")) {
      given()
          .baseUri(RunningShop.baseUri().toString())
          .cookie("shop_visitor", visitor)
          .get(page)
          .then()
          .statusCode(200);
    }

    var usd = Shopper.register();
    usd.addToCart(stock.productId(), stock.variantId(), 2);
    var usdOrder = usd.placeOrder("pm_card_visa");
    var eur = Shopper.register();
    eur.addToCart(stock.productId(), stock.variantId(), 2);
    var eurOrder = placeInEuros(eur);
    var refunded = Shopper.register();
    refunded.addToCart(stock.productId(), stock.variantId(), 1);
    var refundedOrder = refunded.placeOrder("pm_card_visa");
    var declined = Shopper.register();
    declined.addToCart(stock.productId(), stock.variantId(), 1);
    var declinedOrder = declined.placeOrder("pm_card_chargeDeclined");
    var usdTotal = total(usd, usdOrder);
    var eurTotal = total(eur, eurOrder);
    var refundedTotal = total(refunded, refundedOrder);
    refunded.api().put("orders/{id}/cancel", refundedOrder).then().statusCode(200);
    refunded.awaitOrder(refundedOrder, o -> "refunded".equals(o.getString("payment.status")));
    declined.awaitStatus(declinedOrder, "failed");

    var after = loaded();

    var day = dayOf(after).minus(dayOf(before));
    assertThat(day.orders).isEqualTo(3);
    // the euro order's dollar value is that of the same cart in dollars
    assertThat(day.revenueUsd).isEqualByComparingTo(usdTotal.add(usdTotal).add(refundedTotal));
    assertThat(day.refundedOrders).isEqualTo(1);
    assertThat(day.refundsUsd).isEqualByComparingTo(refundedTotal);
    assertThat(day.newCustomers).isEqualTo(4);
    assertThat(day.carts).isEqualTo(4);
    assertThat(day.visits).isEqualTo(3);
    var euros = currency(after, "EUR").minus(currency(before, "EUR"));
    assertThat(euros.orders).isEqualTo(1);
    assertThat(euros.revenue).isEqualByComparingTo(eurTotal);
    assertThat(euros.refundsUsd).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(unitsOf(after, stock.productId()) - unitsOf(before, stock.productId())).isEqualTo(5);

    var liveAfter = live();
    assertThat(liveAfter.getLong("ordersToday") - liveBefore.getLong("ordersToday")).isEqualTo(4);
    assertThat(
            liveAfter
                .<BigDecimal>getObject("revenueTodayUsd", BigDecimal.class)
                .subtract(liveBefore.getObject("revenueTodayUsd", BigDecimal.class)))
        .isEqualByComparingTo(usdTotal.add(usdTotal));

    var again = loaded();
    assertThat(dayOf(again)).isEqualTo(dayOf(after));
    assertThat(currency(again, "EUR")).isEqualTo(currency(after, "EUR"));
    assertThat(unitsOf(again, stock.productId())).isEqualTo(unitsOf(after, stock.productId()));
  }

  @Test
  void aRunStoppedBetweenChunksAndRestartedEndsWithTheSameFigures() {
    var stock = Stock.of(91, 10);
    var placed = new HashMap<Shopper, String>();
    for (int i = 0; i < 3; i++) {
      var shopper = Shopper.register();
      shopper.addToCart(stock.productId(), stock.variantId(), 1);
      placed.put(shopper, shopper.placeOrder("pm_card_visa"));
    }
    placed.forEach((shopper, order) -> shopper.awaitStatus(order, "confirmed"));
    var complete = loaded();

    var run = start(Map.of("itemCount", 1, "pauseMillis", 500));
    var ordersToday = live().getLong("ordersToday");
    InventoryApi.await(() -> run(run), r -> r.getLong("read") >= 1, RUN_PATIENCE);
    admin().post("runs/{id}/stop", run).then().statusCode(200);
    var stopped = awaitEnd(run);
    assertThat(stopped.getString("status")).isEqualTo("STOPPED");
    assertThat(stopped.getLong("written")).isPositive().isLessThan(ordersToday);

    var restarted =
        admin().post("runs/{id}/restart", run).then().statusCode(202).extract().jsonPath();
    var finished = awaitEnd(restarted.getLong("executionId"));
    assertThat(finished.getString("status")).isEqualTo("COMPLETED");
    // a load that completed has nothing left to restart, through either of its runs
    admin().post("runs/{id}/restart", finished.getLong("executionId")).then().statusCode(409);
    admin().post("runs/{id}/restart", run).then().statusCode(409);

    var resumed = dashboard();
    assertThat(dayOf(resumed)).isEqualTo(dayOf(complete));
    assertThat(unitsOf(resumed, stock.productId())).isEqualTo(unitsOf(complete, stock.productId()));
  }

  @Test
  void theDashboardOfADayIsAlsoACsvFile() {
    var dashboard = loaded();

    var csv =
        admin()
            .queryParam("from", TODAY.toString())
            .queryParam("to", TODAY.toString())
            .get("dashboard.csv")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();

    var day = dayOf(dashboard);
    assertThat(csv.lines())
        .hasSize(2)
        .last()
        .asString()
        .startsWith(TODAY + "," + day.orders + "," + day.revenueUsd.setScale(2) + ",");
  }

  @Test
  void theConsoleDownloadsTheSameCsvWithTheAdministratorsSession() {
    loaded();
    var fromTheApi =
        admin()
            .queryParam("from", TODAY.toString())
            .queryParam("to", TODAY.toString())
            .get("dashboard.csv")
            .asString();
    var console = new PageClient();
    assertThat(console.signIn(RunningShop.admin().email(), RunningShop.admin().password()))
        .isTrue();
    var dashboard = console.get("admin/dashboard.xhtml?from=" + TODAY + "&to=" + TODAY).body();
    assertThat(dashboard)
        .contains("href=\"/admin/dashboard.csv?from=" + TODAY + "&amp;to=" + TODAY + "\"");

    var download = console.get("admin/dashboard.csv?from=" + TODAY + "&to=" + TODAY);

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"dashboard-" + TODAY + "-" + TODAY + ".csv\"");
    assertThat(download.body()).isEqualTo(fromTheApi);
    var customer = new PageClient();
    customer.register(PageClient.uniqueEmail("analyst"), "a long enough secret");
    assertThat(customer.get("admin/dashboard.csv").statusCode()).isEqualTo(403);
  }

  @Test
  void theDashboardReadsThroughTheAnalyticsDataSource() throws SQLException {
    // a range nobody asked for yet, so the dashboard is read, not served from the cache
    admin()
        .queryParam("from", "2020-02-01")
        .queryParam("to", "2020-02-03")
        .get("dashboard")
        .then()
        .statusCode(200);

    try (var db = RunningShop.database();
        var connections =
            db.prepareStatement(
                "select count(*) from pg_stat_activity where application_name = ?")) {
      connections.setString(1, ShopWiring.Production.ANALYTICS_CONNECTIONS);
      try (var count = connections.executeQuery()) {
        count.next();
        assertThat(count.getInt(1)).as("connections of ANALYTICS_DB_URL").isPositive();
      }
    }
  }

  @Test
  void aRangeThatEndsBeforeItBeginsIsRefusedWithTheFieldAtFault() {
    admin()
        .contentType("application/json")
        .body(Map.of("from", TODAY.toString(), "to", TODAY.minusDays(1).toString()))
        .post("runs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static String placeInEuros(Shopper shopper) {
    return shopper
        .api()
        .queryParam("currency", "EUR")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(Shopper.checkoutBody("pm_card_visa"))
        .post("orders")
        .then()
        .statusCode(202)
        .extract()
        .path("orderId");
  }

  /** Waits for the order to be paid and returns its total. */
  private static BigDecimal total(Shopper shopper, String orderId) {
    var order = shopper.awaitStatus(orderId, "confirmed");
    return new BigDecimal(order.getString("totals.total.amount"));
  }

  private static Day dayOf(JsonPath dashboard) {
    var days = dashboard.getList("days");
    if (days.isEmpty()) {
      return Day.NONE;
    }
    return new Day(
        dashboard.getInt("days[0].orders"),
        new BigDecimal(dashboard.getString("days[0].revenueUsd")),
        dashboard.getInt("days[0].refundedOrders"),
        new BigDecimal(dashboard.getString("days[0].refundsUsd")),
        dashboard.getInt("days[0].newCustomers"),
        dashboard.getInt("days[0].visits"),
        dashboard.getInt("days[0].carts"));
  }

  private static CurrencyDay currency(JsonPath dashboard, String code) {
    var found =
        dashboard.getString("currencies.find { it.currency == '" + code + "' }.sales.orders");
    if (found == null) {
      return new CurrencyDay(0, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    var path = "currencies.find { it.currency == '" + code + "' }.sales.";
    return new CurrencyDay(
        Integer.parseInt(found),
        new BigDecimal(dashboard.getString(path + "revenue")),
        new BigDecimal(dashboard.getString(path + "refunds")));
  }

  private static long unitsOf(JsonPath dashboard, long productId) {
    var units = dashboard.getString("topProducts.find { it.productId == " + productId + " }.units");
    return units == null ? 0 : Long.parseLong(units);
  }

  /** Today's figures, compared after normalising the amounts' scale. */
  private record Day(
      int orders,
      BigDecimal revenueUsd,
      int refundedOrders,
      BigDecimal refundsUsd,
      int newCustomers,
      int visits,
      int carts) {
    static final Day NONE = new Day(0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0);

    Day {
      revenueUsd = revenueUsd.setScale(2);
      refundsUsd = refundsUsd.setScale(2);
    }

    Day minus(Day other) {
      return new Day(
          orders - other.orders,
          revenueUsd.subtract(other.revenueUsd),
          refundedOrders - other.refundedOrders,
          refundsUsd.subtract(other.refundsUsd),
          newCustomers - other.newCustomers,
          visits - other.visits,
          carts - other.carts);
    }
  }

  private record CurrencyDay(int orders, BigDecimal revenue, BigDecimal refundsUsd) {
    CurrencyDay {
      revenue = revenue.setScale(2);
      refundsUsd = refundsUsd.setScale(2);
    }

    CurrencyDay minus(CurrencyDay other) {
      return new CurrencyDay(
          orders - other.orders,
          revenue.subtract(other.revenue),
          refundsUsd.subtract(other.refundsUsd));
    }
  }
}
