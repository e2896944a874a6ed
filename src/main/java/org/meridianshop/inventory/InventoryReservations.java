package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridianshop.inventory.InventoryTransaction.Cause;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * Stock held for checkouts. A reservation takes all its lines or nothing, in one transaction,
 * filling each line from the warehouse with most available first (then the next, by warehouse id on
 * ties), so one order ships from as few warehouses as possible. It ends exactly once: finalized
 * when the order is confirmed (a SALE: units leave on hand and reserved), or released on failure,
 * cancellation or expiry ({@code inventory.released}). Expiry comes from {@link
 * ReservationExpiryTimer} after {@code INVENTORY_RESERVATION_TTL} (15 minutes by default), with
 * {@link ReservationExpirySweep} as the safety net.
 */
@ApplicationScoped
@Transactional
public class InventoryReservations {

  static final String SYSTEM = "system";

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject StockLedger ledger;
  @Inject ReservationExpiryTimer expiryTimer;

  @Inject
  @ConfigProperty(name = "inventory.reservation.ttl", defaultValue = "PT15M")
  Duration ttl;

  private final Clock clock = Clock.systemUTC();

  /** Units of one variant a checkout wants. */
  public record Line(Long variantId, Integer quantity) {}

  /** Holds the lines for the reference and returns the reservation; 422 when any line can't. */
  public Reservation reserve(String reference, List<Line> lines, String actor) {
    var wanted = validated(reference, lines);
    var stock = ledger.lock(wanted.keySet());
    var now = clock.instant();
    var reservation = new Reservation(reference.strip(), now, now.plus(ttl));
    for (var line : wanted.entrySet()) {
      long variantId = line.getKey();
      int remaining = line.getValue();
      stock.sku(variantId).orElseThrow(() -> new NotFoundException("No variant " + variantId));
      if (stock.variantAvailable(variantId) < remaining) {
        throw new InsufficientStockException(
            "Only "
                + stock.variantAvailable(variantId)
                + " of variant "
                + variantId
                + " available: cannot reserve "
                + remaining
                + ".");
      }
      for (var level : stock.levelsOf(variantId)) {
        int take = Math.min(level.available(), remaining);
        if (take > 0) {
          ledger.record(stock, TransactionKind.RESERVATION, level, take, level.reserve(take));
          reservation.hold(variantId, level.warehouse().id(), take);
          remaining -= take;
        }
      }
    }
    em.persist(reservation);
    ledger.commit(
        stock, new Cause(actor, "reserved for " + reservation.reference(), idOf(reservation)));
    expiryTimer.schedule(reservation.id(), reservation.expiresAt());
    return reservation;
  }

  /** The order is confirmed: the held units are sold. 409 when no longer active. */
  public Reservation finalize(UUID reservationId, String actor) {
    var reservation = locked(reservationId);
    reservation.finalizeSale(clock.instant());
    var stock = ledger.lock(reservation.lines().stream().map(ReservationLine::variantId).toList());
    for (var line : reservation.lines()) {
      var level = stock.level(line.variantId(), em.find(Warehouse.class, line.warehouseId()));
      ledger.record(
          stock, TransactionKind.SALE, level, -line.quantity(), level.sell(line.quantity()));
    }
    ledger.commit(stock, new Cause(actor, "sold to " + reservation.reference(), idOf(reservation)));
    return reservation;
  }

  /**
   * Sells the reservation if it is still active and says whether it did; an expired or released one
   * is left alone (the order that paid for it fails instead).
   */
  public boolean sellIfActive(UUID reservationId, String actor) {
    var reservation = em.find(Reservation.class, reservationId, LockModeType.PESSIMISTIC_WRITE);
    if (reservation == null || !reservation.isActive()) {
      return false;
    }
    finalize(reservationId, actor);
    return true;
  }

  /**
   * The order will not be kept: an active reservation is released, and units already sold for it
   * come back on hand (RETURN); both publish {@code inventory.released}. Does nothing when the
   * stock was given back already.
   */
  public void giveBack(UUID reservationId, String reason, String actor) {
    var reservation = locked(reservationId);
    if (reservation.isActive()) {
      release(reservation, reason, actor, false);
    } else if (reservation.status() == ReservationStatus.FINALIZED) {
      returnSold(reservation, reason, actor);
    }
  }

  /** The checkout will not happen: the held units go back on sale. 409 when no longer active. */
  public Reservation release(UUID reservationId, String reason, String actor) {
    return release(locked(reservationId), reason, actor, false);
  }

  /**
   * Releases the reservation if it is still active and its time is up, and says whether it did;
   * does nothing otherwise (it was sold, released, or expired by someone else first).
   */
  public boolean expire(UUID reservationId) {
    var reservation = em.find(Reservation.class, reservationId, LockModeType.PESSIMISTIC_WRITE);
    if (reservation == null || !reservation.isOverdue(clock.instant())) {
      return false;
    }
    release(reservation, "expired", SYSTEM, true);
    return true;
  }

  /** Active reservations whose time is up, oldest first (at most 500 at a time). */
  public List<UUID> overdue() {
    return em.createQuery(
            "select r.id from Reservation r where r.status = :active and r.expiresAt <= :now"
                + " order by r.expiresAt",
            UUID.class)
        .setParameter("active", ReservationStatus.ACTIVE)
        .setParameter("now", clock.instant())
        .setMaxResults(500)
        .getResultList();
  }

  public Reservation withId(UUID reservationId) {
    return em.createQuery(
            "select r from Reservation r left join fetch r.lines where r.id = :id",
            Reservation.class)
        .setParameter("id", reservationId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("There is no reservation " + reservationId + "."));
  }

  private Reservation release(
      Reservation reservation, String reason, String actor, boolean expired) {
    var why = reason == null || reason.isBlank() ? "released" : reason.strip();
    reservation.release(why, clock.instant());
    var stock = ledger.lock(reservation.lines().stream().map(ReservationLine::variantId).toList());
    for (var line : reservation.lines()) {
      var level = stock.level(line.variantId(), em.find(Warehouse.class, line.warehouseId()));
      ledger.record(
          stock, TransactionKind.RELEASE, level, -line.quantity(), level.release(line.quantity()));
    }
    ledger.commit(stock, new Cause(actor, why, idOf(reservation)));
    ledger.released(released(reservation, why, expired));
    return reservation;
  }

  private void returnSold(Reservation reservation, String reason, String actor) {
    reservation.returnSold(reason, clock.instant());
    var stock = ledger.lock(reservation.lines().stream().map(ReservationLine::variantId).toList());
    for (var line : reservation.lines()) {
      var level = stock.level(line.variantId(), em.find(Warehouse.class, line.warehouseId()));
      ledger.record(
          stock, TransactionKind.RETURN, level, line.quantity(), level.restock(line.quantity()));
    }
    ledger.commit(stock, new Cause(actor, reason, idOf(reservation)));
    ledger.released(released(reservation, reason, false));
  }

  private static InventoryReleased released(
      Reservation reservation, String reason, boolean expired) {
    return new InventoryReleased(
        reservation.id(),
        reservation.reference(),
        reason,
        expired,
        reservation.lines().stream()
            .map(l -> new InventoryReleased.Line(l.variantId(), l.warehouseId(), l.quantity()))
            .toList());
  }

  private Reservation locked(UUID reservationId) {
    var reservation = em.find(Reservation.class, reservationId, LockModeType.PESSIMISTIC_WRITE);
    if (reservation == null) {
      throw new NotFoundException("There is no reservation " + reservationId + ".");
    }
    return reservation;
  }

  /** Quantities per variant (repeated variants added up), or a 400 refusal listing what's wrong. */
  private static LinkedHashMap<Long, Integer> validated(String reference, List<Line> lines) {
    if (reference == null || reference.isBlank() || reference.length() > 120) {
      throw new InvalidInputException("reference", "is required (at most 120 characters)");
    }
    if (lines == null || lines.isEmpty()) {
      throw new InvalidInputException("lines", "must name at least one variant");
    }
    var wanted = new LinkedHashMap<Long, Integer>();
    for (int i = 0; i < lines.size(); i++) {
      var line = lines.get(i);
      if (line == null
          || line.variantId() == null
          || line.quantity() == null
          || line.quantity() < 1) {
        throw new InvalidInputException(
            "lines[" + i + "]", "needs a variantId and a quantity of at least 1");
      }
      wanted.merge(line.variantId(), line.quantity(), Integer::sum);
    }
    return wanted;
  }

  private static String idOf(Reservation reservation) {
    return reservation.id().toString();
  }
}
