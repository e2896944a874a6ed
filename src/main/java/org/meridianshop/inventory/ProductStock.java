package org.meridianshop.inventory;

import java.util.List;

/**
 * A product's stock: totals, per warehouse (summed over its variants) and per variant. What the
 * inventory API returns.
 */
public record ProductStock(
    long productId,
    int onHand,
    int reserved,
    int available,
    int lowStockThreshold,
    boolean lowStock,
    List<WarehouseStock> warehouses,
    List<VariantStock> variants) {

  /** Stock in one warehouse. */
  public record WarehouseStock(
      long warehouseId, String warehouseCode, int onHand, int reserved, int available) {}

  /** One variant's stock, in all and per warehouse. */
  public record VariantStock(
      long variantId,
      String sku,
      int onHand,
      int reserved,
      int available,
      List<WarehouseStock> warehouses) {}
}
