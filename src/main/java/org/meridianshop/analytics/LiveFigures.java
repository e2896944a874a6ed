package org.meridianshop.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The dashboard's real-time part, read from the shop itself rather than the loaded figures: orders
 * placed today (UTC), orders waiting for payment, today's paid revenue, shoppers seen in the last
 * 15 minutes, and the products at or under their low-stock threshold (the lowest first).
 */
public record LiveFigures(
    long ordersToday,
    long pendingOrders,
    BigDecimal revenueTodayUsd,
    long activeUsers,
    int lowStockCount,
    List<LowStock> lowest)
    implements Serializable {

  public record LowStock(long productId, String name, int available, int threshold)
      implements Serializable {}
}
