package org.meridianshop.inventory;

/**
 * Where a reservation is in its life: held, sold (finalized), given back unsold (released), or sold
 * and then given back (returned: the order was cancelled after it was confirmed).
 */
public enum ReservationStatus {
  ACTIVE,
  FINALIZED,
  RELEASED,
  RETURNED
}
