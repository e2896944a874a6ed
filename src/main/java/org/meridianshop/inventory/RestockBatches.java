package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.meridianshop.catalog.StockKeepingUnits;
import org.meridianshop.inventory.InventoryTransaction.Cause;
import org.meridianshop.platform.errors.ShopException.FieldError;

/** The transactions of a restock: looking the lines up, then applying one batch at a time. */
@ApplicationScoped
@Transactional
public class RestockBatches {

  @Inject StockKeepingUnits skus;
  @Inject Warehouses warehouses;
  @Inject StockLedger ledger;

  /** A restock line whose SKU and warehouse exist. */
  public record Resolved(long variantId, Warehouse warehouse, int quantity) {}

  /** The rows with their variant and warehouse; what is unknown is added to {@code errors}. */
  public List<Resolved> resolve(List<RestockFile.Row> rows, List<FieldError> errors) {
    var known =
        rows.isEmpty()
            ? java.util.Map.<String, org.meridianshop.catalog.StockKeepingUnit>of()
            : skus.withSkus(new LinkedHashSet<>(rows.stream().map(RestockFile.Row::sku).toList()));
    var byCode = warehouses.byCode();
    var resolved = new ArrayList<Resolved>();
    for (var row : rows) {
      var sku = known.get(row.sku());
      var warehouse = byCode.get(row.warehouseCode());
      if (sku == null) {
        errors.add(new FieldError(row.field(), "unknown sku " + row.sku()));
      } else if (warehouse == null) {
        errors.add(new FieldError(row.field(), "unknown warehouse " + row.warehouseCode()));
      } else {
        resolved.add(new Resolved(sku.variantId(), warehouse, row.quantity()));
      }
    }
    return resolved;
  }

  public void apply(List<Resolved> batch, String actor, String restockId) {
    var stock = ledger.lock(batch.stream().map(Resolved::variantId).toList());
    for (var line : batch) {
      var level = stock.level(line.variantId(), line.warehouse());
      ledger.record(
          stock, TransactionKind.RESTOCK, level, line.quantity(), level.restock(line.quantity()));
    }
    ledger.commit(stock, new Cause(actor, "restock", restockId));
  }
}
