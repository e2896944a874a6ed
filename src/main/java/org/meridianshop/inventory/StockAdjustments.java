package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.meridianshop.catalog.StockKeepingUnit;
import org.meridianshop.catalog.StockKeepingUnits;
import org.meridianshop.inventory.InventoryTransaction.Cause;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * Operators' changes to stock: counting a level up or down, and moving stock between warehouses.
 * Each is one transaction with its audit entries and events; a change that would take stock below
 * zero (or below what is reserved) is refused whole.
 */
@ApplicationScoped
@Transactional
public class StockAdjustments {

  @Inject StockKeepingUnits skus;
  @Inject Warehouses warehouses;
  @Inject StockLedger ledger;
  @Inject InventoryViews views;

  /** A signed change of one variant's stock in one warehouse, and why. */
  public record Adjustment(
      Long warehouseId, Integer quantityChange, String reason, Long variantId) {}

  /** Units of one variant moved from one warehouse to another. */
  public record Transfer(
      Long variantId, Long fromWarehouseId, Long toWarehouseId, Integer quantity, String reason) {}

  public ProductStock adjust(long productId, Adjustment adjustment, String actor) {
    var sku = variantOf(productId, adjustment);
    var warehouse = warehouses.withId(adjustment.warehouseId());
    var stock = ledger.lock(List.of(sku.variantId()));
    var level = stock.level(sku.variantId(), warehouse);
    int change = adjustment.quantityChange();
    ledger.record(stock, TransactionKind.ADJUSTMENT, level, change, level.adjust(change));
    ledger.commit(stock, new Cause(actor, adjustment.reason(), null));
    return views.product(productId);
  }

  public ProductStock transfer(Transfer transfer, String actor) {
    require(transfer.variantId() != null, "variantId", "is required");
    require(transfer.quantity() != null && transfer.quantity() > 0, "quantity", "must be > 0");
    require(transfer.fromWarehouseId() != null, "fromWarehouseId", "is required");
    require(transfer.toWarehouseId() != null, "toWarehouseId", "is required");
    require(
        !transfer.fromWarehouseId().equals(transfer.toWarehouseId()),
        "toWarehouseId",
        "must differ from fromWarehouseId");
    var from = warehouses.withId(transfer.fromWarehouseId());
    var to = warehouses.withId(transfer.toWarehouseId());
    var stock = ledger.lock(List.of(transfer.variantId()));
    var sku =
        stock
            .sku(transfer.variantId())
            .orElseThrow(() -> new NotFoundException("No variant " + transfer.variantId() + "."));
    int quantity = transfer.quantity();
    var source = stock.level(sku.variantId(), from);
    ledger.record(stock, TransactionKind.TRANSFER, source, -quantity, source.adjust(-quantity));
    var target = stock.level(sku.variantId(), to);
    ledger.record(stock, TransactionKind.TRANSFER, target, quantity, target.adjust(quantity));
    ledger.commit(stock, new Cause(actor, transfer.reason(), "transfer"));
    return views.product(sku.productId());
  }

  private StockKeepingUnit variantOf(long productId, Adjustment adjustment) {
    require(adjustment != null, "body", "is required");
    require(adjustment.warehouseId() != null, "warehouseId", "is required");
    require(
        adjustment.quantityChange() != null && adjustment.quantityChange() != 0,
        "quantityChange",
        "must be a non-zero whole number");
    require(adjustment.reason() != null && !adjustment.reason().isBlank(), "reason", "is required");
    var variants = skus.ofProduct(productId);
    if (variants.isEmpty()) {
      throw new NotFoundException("There is no product " + productId + ".");
    }
    if (adjustment.variantId() == null) {
      require(
          variants.size() == 1,
          "variantId",
          "is required: the product has " + variants.size() + " variants");
      return variants.get(0);
    }
    return variants.stream()
        .filter(v -> v.variantId() == adjustment.variantId())
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Product " + productId + " has no variant " + adjustment.variantId() + "."));
  }

  private static void require(boolean condition, String field, String message) {
    if (!condition) {
      throw new InvalidInputException(field, message);
    }
  }
}
