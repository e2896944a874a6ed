package org.meridianshop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * A customer placed an order: its stock is reserved and it waits for payment. The amount is what
 * the payment must charge, in the order's currency.
 */
@EventName("order.created")
public record OrderCreated(
    String orderId,
    String accountId,
    String email,
    BigDecimal amount,
    String currency,
    String paymentMethod,
    String reservationId,
    List<Line> lines,
    Instant placedAt)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }

  /** One ordered product, priced in the order's currency. */
  public record Line(
      long productId, Long variantId, String name, int quantity, BigDecimal unitPrice) {}
}
