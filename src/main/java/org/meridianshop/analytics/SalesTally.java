package org.meridianshop.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.meridianshop.order.PlacedOrder;

/**
 * The figures of some orders, by day (UTC), by day and currency, and by day and product: the rules
 * of what counts. Only orders that were paid count (pending, failed and cancelled-before-payment
 * orders do not); a paid order that was refunded still counts as an order and its revenue, and its
 * total is added to the refunds. Products count units and US-dollar revenue of paid orders.
 */
public final class SalesTally {

  /** A day and a currency. */
  public record DayCurrency(LocalDate day, String currency) {}

  /** A day and a product. */
  public record DayProduct(LocalDate day, long productId) {}

  /** Units of a product sold and their revenue in US dollars; the product's name as ordered. */
  public record ProductSales(String name, int units, BigDecimal revenueUsd) {
    ProductSales plus(ProductSales other) {
      return new ProductSales(name, units + other.units, revenueUsd.add(other.revenueUsd));
    }
  }

  private final Map<LocalDate, Sales> usd = new TreeMap<>();
  private final Map<DayCurrency, Sales> perCurrency = new TreeMap<>(byDayThenCurrency());
  private final Map<DayProduct, ProductSales> perProduct = new TreeMap<>(byDayThenProduct());
  private final Map<LocalDate, Set<String>> buyers = new TreeMap<>();

  /** Tallies the orders; {@code refunded} holds the ids of those whose payment was refunded. */
  public static SalesTally of(Collection<PlacedOrder> orders, Set<String> refunded) {
    var tally = new SalesTally();
    orders.stream()
        .filter(PlacedOrder::paid)
        .forEach(o -> tally.add(o, refunded.contains(o.orderId())));
    return tally;
  }

  private void add(PlacedOrder order, boolean refunded) {
    var day = dayOf(order);
    usd.merge(day, Sales.of(order.totalUsd(), refunded), Sales::plus);
    perCurrency.merge(
        new DayCurrency(day, order.currency()), Sales.of(order.total(), refunded), Sales::plus);
    for (var line : order.lines()) {
      perProduct.merge(
          new DayProduct(day, line.productId()),
          new ProductSales(line.name(), line.quantity(), line.revenueUsd()),
          ProductSales::plus);
    }
    buyers.computeIfAbsent(day, d -> new HashSet<>()).add(order.accountId());
  }

  static LocalDate dayOf(PlacedOrder order) {
    return LocalDate.ofInstant(order.placedAt(), ZoneOffset.UTC);
  }

  /** Sales in US dollars per day. */
  public Map<LocalDate, Sales> usd() {
    return usd;
  }

  /** Sales per day in each currency orders were paid in, amounts in that currency. */
  public Map<DayCurrency, Sales> perCurrency() {
    return perCurrency;
  }

  public Map<DayProduct, ProductSales> perProduct() {
    return perProduct;
  }

  /** The accounts that paid for an order, per day. */
  public Map<LocalDate, Set<String>> buyers() {
    return buyers;
  }

  private static Comparator<DayCurrency> byDayThenCurrency() {
    return Comparator.comparing(DayCurrency::day).thenComparing(DayCurrency::currency);
  }

  private static Comparator<DayProduct> byDayThenProduct() {
    return Comparator.comparing(DayProduct::day).thenComparingLong(DayProduct::productId);
  }
}
