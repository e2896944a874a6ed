package org.meridianshop.inventory;

/** A stock level just before and just after one change: what the audit trail records. */
public record StockChange(
    int onHandBefore, int reservedBefore, int onHandAfter, int reservedAfter) {

  public int availableChange() {
    return (onHandAfter - reservedAfter) - (onHandBefore - reservedBefore);
  }
}
