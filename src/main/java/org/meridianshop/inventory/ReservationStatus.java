package org.meridianshop.inventory;

/** Where a reservation is in its life: held, sold (finalized) or given back (released). */
public enum ReservationStatus {
  ACTIVE,
  FINALIZED,
  RELEASED
}
