package org.meridianshop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meridianshop.orders.Stock;
import org.meridianshop.stock.InventoryApi;
import org.meridianshop.testing.RunningShop;

/**
 * What must hold after any fault, read straight from the shop's database (and from the emulated
 * Stripe account): every order of the load's shoppers has ended with exactly one final payment
 * outcome that agrees with it; no payment was charged twice; the variant's stock is conserved
 * (available + reserved + sold equals what it started with); every event in the outbox was
 * published and none was given up on.
 */
final class ShopInvariants {

  /** How long the shop may take to finish what the fault held up, once it has recovered. */
  private static final Duration SETTLING = Duration.ofSeconds(90);

  private final Stock stock;
  private final int startingStock;
  private final Instant start;

  private ShopInvariants(Stock stock, int startingStock, Instant start) {
    this.stock = stock;
    this.startingStock = startingStock;
    this.start = start;
  }

  /** Notes the variant's stock before the drill; nothing else may sell it meanwhile. */
  static ShopInvariants before(Stock stock) {
    return new ShopInvariants(
        stock,
        query(
            "select coalesce(sum(on_hand), 0) from stock_level where variant_id = ?",
            stock.variantId()),
        Instant.now());
  }

  /** Waits until the shoppers' orders have ended and the outbox is empty, then checks. */
  void assertHold(List<String> shoppers) {
    var settled = InventoryApi.await(() -> unsettled(shoppers), List::isEmpty, SETTLING);
    assertThat(settled).as("still in progress %s after %s", settled, SETTLING).isEmpty();
    assertEveryOrderHasOneFinalOutcome(shoppers);
    assertNothingChargedTwice(shoppers);
    assertStockConserved(shoppers);
    assertThat(
            query(
                "select count(*) from failed_event where status = 'DEAD' and first_failed_at >= ?",
                Timestamp.from(start)))
        .as("events given up on since the drill began")
        .isZero();
  }

  private List<String> unsettled(List<String> shoppers) {
    var unsettled = new ArrayList<String>();
    var pending =
        query(
            "select count(*) from shop_order where email = any(?) and status = 'PENDING'",
            shoppers);
    if (pending > 0) {
      unsettled.add(pending + " orders pending");
    }
    var open =
        query(
            "select count(*) from payment p join shop_order o on o.id = p.order_id"
                + " where o.email = any(?) and p.status in ('PENDING', 'REQUIRES_ACTION',"
                + " 'PROCESSING')",
            shoppers);
    if (open > 0) {
      unsettled.add(open + " payments open");
    }
    // an order that ended while its charge went through is settled once the charge is paid back
    var mismatched = mismatched(shoppers).size();
    if (mismatched > 0) {
      unsettled.add(mismatched + " orders whose payment does not match");
    }
    var unpublished = query("select count(*) from outbox_event where published_at is null");
    if (unpublished > 0) {
      unsettled.add(unpublished + " events unpublished");
    }
    var retrying =
        query(
            "select count(*) from failed_event where status = 'RETRYING' and first_failed_at >= ?",
            Timestamp.from(start));
    if (retrying > 0) {
      unsettled.add(retrying + " events awaiting a retry");
    }
    return unsettled;
  }

  private void assertEveryOrderHasOneFinalOutcome(List<String> shoppers) {
    assertThat(mismatched(shoppers))
        .as("orders without exactly one final, matching payment")
        .isEmpty();
    assertThat(query("select count(*) from shop_order where email = any(?)", shoppers))
        .as("orders placed by the shoppers")
        .isPositive();
  }

  private static List<String> mismatched(List<String> shoppers) {
    return rows(
        "select o.id || ' ' || o.status || ' ' || coalesce(string_agg(p.status, ','), 'none')"
            + " from shop_order o left join payment p on p.order_id = o.id"
            + " where o.email = any(?) group by o.id, o.status"
            + " having count(p.id) <> 1"
            + " or (o.status = 'CONFIRMED') <> bool_and(p.status = 'SUCCEEDED')"
            + " or bool_or(p.status in ('PENDING', 'REQUIRES_ACTION', 'PROCESSING'))",
        shoppers);
  }

  private void assertNothingChargedTwice(List<String> shoppers) {
    assertThat(
            rows(
                "select transaction_id from payment where transaction_id is not null"
                    + " group by transaction_id having count(*) > 1"))
        .as("provider charges recorded on two payments")
        .isEmpty();
    var stripe = RunningShop.stripe().orElseThrow();
    for (var order :
        rows("select cast(id as varchar) from shop_order where email = any(?)", shoppers)) {
      var paid =
          stripe.paymentIntentsOfOrder(order).stream()
              .filter(intent -> intent.get("status").getAsString().equals("succeeded"))
              .count();
      assertThat(paid).as("PaymentIntents that took the money for order %s", order).isLessThan(2);
    }
  }

  private void assertStockConserved(List<String> shoppers) {
    var available =
        query(
            "select coalesce(sum(on_hand - reserved), 0) from stock_level where variant_id = ?",
            stock.variantId());
    var reserved =
        query(
            "select coalesce(sum(reserved), 0) from stock_level where variant_id = ?",
            stock.variantId());
    var sold =
        query(
            "select coalesce(sum(l.quantity), 0) from shop_order_line l"
                + " join shop_order o on o.id = l.order_id"
                + " where o.email = any(?) and l.variant_id = ? and o.status = 'CONFIRMED'",
            shoppers,
            stock.variantId());
    assertThat(available + reserved + sold)
        .as("available %d + reserved %d + sold %d", available, reserved, sold)
        .isEqualTo(startingStock);
    assertThat(reserved).as("units still held for ended orders").isZero();
  }

  private static int query(String sql, Object... parameters) {
    return Integer.parseInt(rows(sql, parameters).get(0));
  }

  private static List<String> rows(String sql, Object... parameters) {
    try (var connection = RunningShop.database();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, bound(connection, parameters[i]));
      }
      var rows = new ArrayList<String>();
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(result.getString(1));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object bound(Connection connection, Object parameter) throws SQLException {
    if (parameter instanceof List<?> list) {
      return connection.createArrayOf("varchar", list.toArray());
    }
    return parameter;
  }
}
