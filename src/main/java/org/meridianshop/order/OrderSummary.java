package org.meridianshop.order;

import java.time.Instant;
import org.meridianshop.platform.money.Money;

/** An order in a list: enough to recognise it and open it. */
public record OrderSummary(
    String orderId, String status, Instant placedAt, String email, int itemCount, Money total) {

  static OrderSummary of(Order order) {
    return new OrderSummary(
        order.id().toString(),
        order.status().label(),
        order.placedAt(),
        order.email(),
        order.lines().stream().mapToInt(OrderLine::quantity).sum(),
        order.total());
  }
}
