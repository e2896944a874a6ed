package org.meridianshop.inventory;

import java.util.List;
import java.util.UUID;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** A reservation's stock went back on sale: the checkout failed, was cancelled or expired. */
@EventName("inventory.released")
public record InventoryReleased(
    UUID reservationId, String reference, String reason, boolean expired, List<Line> lines)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return reservationId.toString();
  }

  /** Units of one variant given back to one warehouse. */
  public record Line(long variantId, long warehouseId, int quantity) {}
}
