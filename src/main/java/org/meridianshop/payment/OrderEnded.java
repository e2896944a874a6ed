package org.meridianshop.payment;

import java.math.BigDecimal;

/**
 * What payments read of an order that ended without shipping ({@code order.failed} or {@code
 * order.cancelled}): nothing more may be charged for it, and a charge already made is paid back.
 */
public interface OrderEnded {

  String orderId();

  BigDecimal amount();

  String currency();

  String paymentMethod();

  String reason();
}
