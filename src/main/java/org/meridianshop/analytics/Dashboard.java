package org.meridianshop.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The loaded figures of a date range, as the dashboard shows them: each day, the totals (in US
 * dollars and per currency), the top products and conversion of the range's last seven days, and
 * each month's revenue and retention. Values only, so it can be cached (also in Redis).
 */
public record Dashboard(
    LocalDate from,
    LocalDate to,
    List<Day> days,
    Sales totals,
    List<CurrencySales> currencies,
    List<TopProduct> topProducts,
    Conversion weekConversion,
    List<Month> months)
    implements Serializable {

  /** One loaded day. */
  public record Day(
      LocalDate day,
      int orders,
      BigDecimal revenueUsd,
      int refundedOrders,
      BigDecimal refundsUsd,
      BigDecimal averageOrderUsd,
      int newCustomers,
      int returningCustomers,
      int visits,
      int carts)
      implements Serializable {}

  public record CurrencySales(String currency, Sales sales) implements Serializable {}

  public record TopProduct(long productId, String name, long units, BigDecimal revenueUsd)
      implements Serializable {}

  /** Visits, carts filled and paid orders; the rate is orders per 100 visits. */
  public record Conversion(long visits, long carts, long orders) implements Serializable {
    public BigDecimal ratePercent() {
      return visits == 0
          ? BigDecimal.ZERO.setScale(2)
          : BigDecimal.valueOf(orders * 100)
              .divide(BigDecimal.valueOf(visits), 2, RoundingMode.HALF_UP);
    }
  }

  /**
   * A month (such as 2026-11): revenue, buyers, and retention: of the previous month's buyers, how
   * many bought again in this one.
   */
  public record Month(
      String month,
      BigDecimal revenueUsd,
      long orders,
      long buyers,
      long previousBuyers,
      long retained)
      implements Serializable {
    public BigDecimal retentionPercent() {
      return previousBuyers == 0
          ? BigDecimal.ZERO.setScale(2)
          : BigDecimal.valueOf(retained * 100)
              .divide(BigDecimal.valueOf(previousBuyers), 2, RoundingMode.HALF_UP);
    }
  }
}
