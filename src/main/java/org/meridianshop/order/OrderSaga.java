package org.meridianshop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.UUID;
import org.meridianshop.inventory.InventoryReservations;
import org.meridianshop.platform.events.EventEnvelope;

/**
 * How a pending order reacts to its payment and its reservation. A payment that succeeds sells the
 * reservation and confirms the order in one transaction, so an expiry cannot slip between the two;
 * if the reservation ran out first, the order fails instead (and payments refund the charge). Only
 * a pending order moves: a late or repeated outcome changes nothing.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class OrderSaga {

  static final String SAGA = "checkout";

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject InventoryReservations reservations;
  @Inject OrderEvents events;

  private final Clock clock = Clock.systemUTC();

  void paid(UUID orderId, EventEnvelope cause) {
    var order = pending(orderId);
    if (order == null) {
      return;
    }
    if (reservations.sellIfActive(order.reservationId(), SAGA)) {
      var change = order.confirm(clock.instant());
      change.causedBy(cause.eventId());
      events.confirmed(order);
    } else {
      fail(order, "the reservation ran out before the payment went through", cause);
    }
  }

  void paymentFailed(UUID orderId, String reason, EventEnvelope cause) {
    var order = pending(orderId);
    if (order != null) {
      reservations.giveBack(order.reservationId(), "payment failed", SAGA);
      fail(order, "payment failed: " + reason, cause);
    }
  }

  void reservationExpired(UUID orderId, EventEnvelope cause) {
    var order = pending(orderId);
    if (order != null) {
      fail(order, "the reservation ran out before the payment went through", cause);
    }
  }

  private void fail(Order order, String reason, EventEnvelope cause) {
    order.fail(reason, clock.instant()).causedBy(cause.eventId());
    events.failed(order, reason);
  }

  private Order pending(UUID orderId) {
    var order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    return order != null && order.status() == OrderStatus.PENDING ? order : null;
  }
}
