package org.meridianshop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as reports read it: when it was placed, by whom, what it came to (in its currency and in
 * US dollars), what it held, and whether it was ever paid (it reached confirmed, whatever became of
 * it later).
 */
public record PlacedOrder(
    String orderId,
    String accountId,
    Instant placedAt,
    String status,
    boolean paid,
    String currency,
    BigDecimal total,
    BigDecimal totalUsd,
    List<Line> lines) {

  /** One ordered product, its revenue in US dollars. */
  public record Line(long productId, String name, int quantity, BigDecimal revenueUsd) {}

  static PlacedOrder of(Order order) {
    return new PlacedOrder(
        order.id().toString(),
        order.accountId().toString(),
        order.placedAt(),
        order.status().label(),
        order.history().stream().anyMatch(step -> step.status() == OrderStatus.CONFIRMED),
        order.currency().getCurrencyCode(),
        order.total().amount(),
        order.totalUsd().amount(),
        order.lines().stream()
            .map(
                line ->
                    new Line(
                        line.productId(),
                        line.name(),
                        line.quantity(),
                        line.lineTotalUsd().amount()))
            .toList());
  }
}
