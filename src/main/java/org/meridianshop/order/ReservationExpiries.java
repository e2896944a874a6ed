package org.meridianshop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.inventory.InventoryReleased;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/**
 * {@code inventory.released} for an expired reservation: an order still waiting for its payment
 * fails (a payment that succeeds later is refunded).
 */
@ApplicationScoped
public class ReservationExpiries implements EventHandler<InventoryReleased> {

  @Inject OrderSaga saga;

  @Override
  public String consumer() {
    return "order-reservation-expired";
  }

  @Override
  public Class<InventoryReleased> eventType() {
    return InventoryReleased.class;
  }

  @Override
  public void handle(InventoryReleased event, EventEnvelope envelope) {
    if (event.expired()) {
      orderId(event.reference()).ifPresent(id -> saga.reservationExpired(id, envelope));
    }
  }

  /** Reservations made by checkouts are named by their order's id; others are not ours. */
  private static Optional<UUID> orderId(String reference) {
    try {
      return Optional.of(UUID.fromString(reference));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
