package org.meridianshop.order;

import java.math.BigDecimal;
import java.util.List;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/**
 * The order is paid and its stock sold: it will ship. {@code cartItemIds} are the cart lines it was
 * placed from, which leave the cart now.
 */
@EventName("order.confirmed")
public record OrderConfirmed(
    String orderId,
    String accountId,
    String email,
    BigDecimal amount,
    String currency,
    List<String> cartItemIds)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return orderId;
  }
}
