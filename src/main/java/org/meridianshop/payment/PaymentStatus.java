package org.meridianshop.payment;

import java.util.Locale;

/** Where a payment stands. Succeeded may still become refunded; failed and cancelled are final. */
public enum PaymentStatus {
  PENDING,
  /** The customer must complete an extra step (3-D Secure) with the provider. */
  REQUIRES_ACTION,
  /** The provider has not decided yet. */
  PROCESSING,
  SUCCEEDED,
  FAILED,
  /** Given up before it was charged: the order ended first. */
  CANCELLED,
  REFUNDED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The provider has not settled it yet. */
  public boolean isOpen() {
    return this == PENDING || this == REQUIRES_ACTION || this == PROCESSING;
  }
}
