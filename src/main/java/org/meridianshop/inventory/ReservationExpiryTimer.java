package org.meridianshop.inventory;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * One persistent EJB timer per reservation, set in the transaction that makes the reservation (so
 * both exist or neither does). Liberty keeps the timers in the shop's database: an expiry survives
 * a restart and, with several servers on one database, runs on exactly one of them. A reservation
 * sold or released before its time is left to its timer, which then finds nothing to do.
 */
@Stateless
public class ReservationExpiryTimer {

  @Resource TimerService timers;
  @Inject InventoryReservations reservations;

  public void schedule(UUID reservationId, Instant at) {
    timers.createSingleActionTimer(Date.from(at), new TimerConfig(reservationId.toString(), true));
  }

  /**
   * Whether persistent timers can be set yet: Liberty resolves their executor a little after the
   * application starts, and a reservation made before that would fail with its checkout.
   */
  public boolean isReady() {
    try {
      timers.getTimers();
      return true;
    } catch (IllegalStateException | EJBException notYet) {
      return false;
    }
  }

  @Timeout
  void expire(Timer timer) {
    reservations.expire(UUID.fromString((String) timer.getInfo()));
  }
}
