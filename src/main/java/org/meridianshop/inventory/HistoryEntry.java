package org.meridianshop.inventory;

import java.time.Instant;

/** One audit trail entry as the API and the console show it. */
public record HistoryEntry(
    long id,
    String kind,
    long variantId,
    long warehouseId,
    int quantityChange,
    int onHandBefore,
    int onHandAfter,
    int reservedBefore,
    int reservedAfter,
    int availableChange,
    String actor,
    String reason,
    String reference,
    Instant occurredAt) {

  public static HistoryEntry of(InventoryTransaction entry) {
    var change = entry.change();
    return new HistoryEntry(
        entry.id(),
        entry.kind().name(),
        entry.variantId(),
        entry.warehouseId(),
        entry.quantityChange(),
        change.onHandBefore(),
        change.onHandAfter(),
        change.reservedBefore(),
        change.reservedAfter(),
        change.availableChange(),
        entry.actor(),
        entry.reason(),
        entry.reference(),
        entry.occurredAt());
  }
}
