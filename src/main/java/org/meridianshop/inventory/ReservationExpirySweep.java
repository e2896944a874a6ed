package org.meridianshop.inventory;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The safety net under {@link ReservationExpiryTimer}: every 20 seconds, expires active
 * reservations whose time is up. After a restart Liberty's persistent executor runs a missed timer
 * only at its next poll of the timer tables, which with failover enabled is at least 100 seconds
 * away; the sweep releases such a reservation sooner. Each reservation is released under a row
 * lock, so a timer and sweeps on several servers still release it once.
 */
@Singleton
public class ReservationExpirySweep {

  private static final Logger LOG = Logger.getLogger(ReservationExpirySweep.class.getName());

  @Inject InventoryReservations reservations;

  /**
   * Never throws: Liberty retries a timer that threw only after its non-persistent retry interval
   * (300 s), skipping the schedule meanwhile, so one pass during a database outage would hold
   * expiries back for minutes.
   */
  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void expireOverdue() {
    List<UUID> overdue;
    try {
      overdue = reservations.overdue();
    } catch (RuntimeException e) {
      LOG.warning(() -> "Overdue reservations could not be read; the next pass will try: " + e);
      return;
    }
    for (var id : overdue) {
      try {
        if (reservations.expire(id)) {
          LOG.info(() -> "Reservation " + id + " expired by the sweep");
        }
      } catch (RuntimeException e) {
        LOG.warning(() -> "Reservation " + id + " could not be expired yet: " + e);
      }
    }
  }
}
