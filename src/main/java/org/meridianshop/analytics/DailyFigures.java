package org.meridianshop.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The analytics tables the ETL writes, in the caller's transaction (the job's chunk or step): a
 * chunk's tally is added to what its days already hold, so a run that stops and restarts from its
 * last checkpoint counts every order once, and loading a day again starts from its {@link #clear}.
 */
@ApplicationScoped
@Transactional
public class DailyFigures {

  static final List<String> DAY_TABLES =
      List.of(
          "analytics_daily_sales",
          "analytics_currency_daily",
          "analytics_product_daily",
          "analytics_buyer",
          "analytics_customer_daily",
          "analytics_conversion_daily",
          "analytics_inventory_daily");

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Forgets the figures of the days in {@code [from, to]}, before they are loaded again. */
  public void clear(LocalDate from, LocalDate to) {
    for (var table : DAY_TABLES) {
      em.createNativeQuery("delete from " + table + " where on_day between :from and :to")
          .setParameter("from", from)
          .setParameter("to", to)
          .executeUpdate();
    }
  }

  /** Adds a chunk's figures to what their days already hold. */
  public void add(SalesTally tally, Instant now) {
    tally.usd().forEach((day, sales) -> addSales(day, sales, now));
    tally.perCurrency().forEach((key, sales) -> addCurrencySales(key, sales));
    tally.perProduct().forEach(this::addProductSales);
  }

  /** Those of the day's buyers not yet recorded for it. */
  public Set<String> newBuyers(LocalDate day, Set<String> accounts) {
    var known =
        new HashSet<>(
            em.createNativeQuery(
                    "select account_id from analytics_buyer"
                        + " where on_day = :day and account_id in :accounts",
                    String.class)
                .setParameter("day", day)
                .setParameter("accounts", accounts)
                .getResultList());
    var fresh = new HashSet<>(accounts);
    fresh.removeAll(known);
    return fresh;
  }

  public void addBuyer(LocalDate day, String accountId, boolean boughtBefore) {
    em.createNativeQuery(
            "insert into analytics_buyer (on_day, account_id, bought_before)"
                + " values (:day, :account, :r)")
        .setParameter("day", day)
        .setParameter("account", accountId)
        .setParameter("r", boughtBefore)
        .executeUpdate();
  }

  /** Gives the day its customer, conversion and stock rows, and a sales row even without sales. */
  public void summarise(DaySummary summary, Instant now) {
    addSales(summary.day(), Sales.NONE, now);
    em.createNativeQuery(
            "insert into analytics_customer_daily (on_day, new_customers, buyers, returning_customers)"
                + " select :day, :fresh, count(*), coalesce(sum(case when bought_before then 1 else 0"
                + " end), 0) from analytics_buyer where on_day = :day")
        .setParameter("day", summary.day())
        .setParameter("fresh", summary.newCustomers())
        .executeUpdate();
    em.createNativeQuery(
            "insert into analytics_conversion_daily (on_day, visits, visitors, carts, orders)"
                + " values (:day, :visits, :visitors, :carts,"
                + " (select orders from analytics_daily_sales where on_day = :day))")
        .setParameter("day", summary.day())
        .setParameter("visits", summary.visits())
        .setParameter("visitors", summary.visitors())
        .setParameter("carts", summary.carts())
        .executeUpdate();
    summary
        .lowStockProducts()
        .ifPresent(
            low ->
                em.createNativeQuery(
                        "insert into analytics_inventory_daily (on_day, low_stock_products)"
                            + " values (:day, :low)")
                    .setParameter("day", summary.day())
                    .setParameter("low", low)
                    .executeUpdate());
  }

  private void addSales(LocalDate day, Sales sales, Instant now) {
    var held =
        em.createNativeQuery(
                "select orders, revenue_usd, refunded_orders, refunds_usd"
                    + " from analytics_daily_sales where on_day = :day for update",
                Object[].class)
            .setParameter("day", day)
            .getResultList();
    var total = held.isEmpty() ? sales : sales((Object[]) held.get(0)).plus(sales);
    var sql =
        held.isEmpty()
            ? "insert into analytics_daily_sales (orders, revenue_usd, refunded_orders,"
                + " refunds_usd, average_order_usd, loaded_at, on_day)"
                + " values (:orders, :revenue, :refunded, :refunds, :average, :now, :day)"
            : "update analytics_daily_sales set orders = :orders, revenue_usd = :revenue,"
                + " refunded_orders = :refunded, refunds_usd = :refunds,"
                + " average_order_usd = :average, loaded_at = :now where on_day = :day";
    em.createNativeQuery(sql)
        .setParameter("orders", total.orders())
        .setParameter("revenue", total.revenue())
        .setParameter("refunded", total.refundedOrders())
        .setParameter("refunds", total.refunds())
        .setParameter("average", total.averageOrder())
        .setParameter("now", now)
        .setParameter("day", day)
        .executeUpdate();
  }

  private void addCurrencySales(SalesTally.DayCurrency key, Sales sales) {
    var held =
        em.createNativeQuery(
                "select orders, revenue, refunded_orders, refunds from analytics_currency_daily"
                    + " where on_day = :day and currency = :currency for update",
                Object[].class)
            .setParameter("day", key.day())
            .setParameter("currency", key.currency())
            .getResultList();
    var total = held.isEmpty() ? sales : sales((Object[]) held.get(0)).plus(sales);
    var sql =
        held.isEmpty()
            ? "insert into analytics_currency_daily (orders, revenue, refunded_orders, refunds,"
                + " on_day, currency) values (:orders, :revenue, :refunded, :refunds, :day, :currency)"
            : "update analytics_currency_daily set orders = :orders, revenue = :revenue,"
                + " refunded_orders = :refunded, refunds = :refunds"
                + " where on_day = :day and currency = :currency";
    em.createNativeQuery(sql)
        .setParameter("orders", total.orders())
        .setParameter("revenue", total.revenue())
        .setParameter("refunded", total.refundedOrders())
        .setParameter("refunds", total.refunds())
        .setParameter("day", key.day())
        .setParameter("currency", key.currency())
        .executeUpdate();
  }

  private void addProductSales(SalesTally.DayProduct key, SalesTally.ProductSales sales) {
    var updated =
        em.createNativeQuery(
                "update analytics_product_daily set units = units + :units,"
                    + " revenue_usd = revenue_usd + :revenue"
                    + " where on_day = :day and product_id = :product")
            .setParameter("units", sales.units())
            .setParameter("revenue", sales.revenueUsd())
            .setParameter("day", key.day())
            .setParameter("product", key.productId())
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into analytics_product_daily (on_day, product_id, name, units, revenue_usd)"
                  + " values (:day, :product, :name, :units, :revenue)")
          .setParameter("day", key.day())
          .setParameter("product", key.productId())
          .setParameter("name", sales.name())
          .setParameter("units", sales.units())
          .setParameter("revenue", sales.revenueUsd())
          .executeUpdate();
    }
  }

  private static Sales sales(Object[] row) {
    return new Sales(
        ((Number) row[0]).intValue(),
        (BigDecimal) row[1],
        ((Number) row[2]).intValue(),
        (BigDecimal) row[3]);
  }
}
