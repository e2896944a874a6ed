package org.meridianshop.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Paid orders and what they came to, and which of them were refunded since. Revenue is gross (what
 * was paid); refunds are counted against the day the order was placed, so a day loaded again after
 * a refund shows it.
 */
public record Sales(int orders, BigDecimal revenue, int refundedOrders, BigDecimal refunds)
    implements Serializable {

  public static final Sales NONE = new Sales(0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

  static Sales of(BigDecimal paid, boolean refunded) {
    return new Sales(1, paid, refunded ? 1 : 0, refunded ? paid : BigDecimal.ZERO);
  }

  public Sales plus(Sales other) {
    return new Sales(
        orders + other.orders,
        revenue.add(other.revenue),
        refundedOrders + other.refundedOrders,
        refunds.add(other.refunds));
  }

  public BigDecimal netRevenue() {
    return revenue.subtract(refunds);
  }

  /** Gross revenue per order, to the cent (half up); zero without orders. */
  public BigDecimal averageOrder() {
    return orders == 0
        ? BigDecimal.ZERO.setScale(2)
        : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
  }
}
