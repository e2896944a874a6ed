package org.meridianshop.order;

import java.util.Locale;

/** Where an order is in its life. Pending waits for payment; the other five are its outcomes. */
public enum OrderStatus {
  PENDING,
  CONFIRMED,
  FAILED,
  CANCELLED,
  SHIPPED,
  DELIVERED;

  /** The status as the API and the pages write it, such as {@code pending}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A customer or an admin may still cancel: nothing has left the warehouse. */
  public boolean isCancellable() {
    return this == PENDING || this == CONFIRMED;
  }
}
