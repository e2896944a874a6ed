package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.meridianshop.catalog.StockKeepingUnit;
import org.meridianshop.catalog.StockKeepingUnits;
import org.meridianshop.inventory.InventoryTransaction.Cause;
import org.meridianshop.inventory.RestockLine.Status;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.errors.ShopException.FieldError;

/**
 * The transactions of restocking: checking and staging an uploaded file's lines, and applying
 * staged lines a chunk at a time (in the restock job's chunk transaction) through the ledger, so
 * each applied line has its RESTOCK entry and {@code inventory.updated} event.
 */
@ApplicationScoped
@Transactional
public class RestockBatches {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject StockKeepingUnits skus;
  @Inject Warehouses warehouses;
  @Inject StockLedger ledger;

  private final Clock clock = Clock.systemUTC();

  /** Adds an error to {@code errors} for each row whose SKU or warehouse is unknown. */
  public void check(List<RestockFile.Row> rows, List<FieldError> errors) {
    var known = skusOf(rows.stream().map(RestockFile.Row::sku).toList());
    var byCode = warehouses.byCode();
    for (var row : rows) {
      if (!known.containsKey(row.sku())) {
        errors.add(new FieldError(row.field(), "unknown sku " + row.sku()));
      } else if (!byCode.containsKey(row.warehouseCode())) {
        errors.add(new FieldError(row.field(), "unknown warehouse " + row.warehouseCode()));
      }
    }
  }

  public void stage(List<RestockFile.Row> rows, String actor, String restockId) {
    var now = clock.instant();
    rows.forEach(row -> em.persist(new RestockLine(restockId, row, actor, now)));
  }

  /** Ids of waiting lines after {@code lastId}, in upload order: what the job reads next. */
  public List<Long> waitingAfter(long lastId, int most) {
    return em.createQuery(
            "select l.id from RestockLine l where l.status = :waiting and l.id > :last order by l.id",
            Long.class)
        .setParameter("waiting", Status.WAITING)
        .setParameter("last", lastId)
        .setMaxResults(most)
        .getResultList();
  }

  public long waitingCount() {
    return em.createQuery(
            "select count(l) from RestockLine l where l.status = :waiting", Long.class)
        .setParameter("waiting", Status.WAITING)
        .getSingleResult();
  }

  /**
   * Applies the lines that are still waiting, in the caller's transaction. A line whose SKU or
   * warehouse is gone, or whose warehouse is not in use, is rejected with the reason; the others
   * are applied. The lines are locked first, so two runs at once never apply one twice.
   */
  public void apply(List<Long> lineIds) {
    var lines =
        em.createQuery(
                "select l from RestockLine l where l.id in :ids and l.status = :waiting"
                    + " order by l.id",
                RestockLine.class)
            .setParameter("ids", lineIds)
            .setParameter("waiting", Status.WAITING)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    var known = skusOf(lines.stream().map(RestockLine::sku).toList());
    var byCode = warehouses.byCode();
    var now = clock.instant();
    var byUpload = new LinkedHashMap<String, List<Resolved>>();
    for (var line : lines) {
      var sku = known.get(line.sku());
      var warehouse = byCode.get(line.warehouseCode());
      if (sku == null) {
        line.rejected("unknown sku " + line.sku(), now);
      } else if (warehouse == null) {
        line.rejected("unknown warehouse " + line.warehouseCode(), now);
      } else if (!warehouse.active()) {
        line.rejected("warehouse " + warehouse.code() + " is not in use", now);
      } else {
        byUpload
            .computeIfAbsent(line.restockId(), id -> new ArrayList<>())
            .add(new Resolved(line, sku.variantId(), warehouse));
      }
    }
    // every level of the chunk is locked at once, in id order, before any upload's share
    ledger.lock(byUpload.values().stream().flatMap(List::stream).map(Resolved::variantId).toList());
    byUpload.values().forEach(upload -> applyUpload(upload, now));
  }

  private void applyUpload(List<Resolved> upload, Instant now) {
    var stock = ledger.lock(upload.stream().map(Resolved::variantId).toList());
    for (var item : upload) {
      var level = stock.level(item.variantId(), item.warehouse());
      try {
        var change = level.restock(item.line().quantity());
        ledger.record(stock, TransactionKind.RESTOCK, level, item.line().quantity(), change);
        item.line().applied(now);
      } catch (ShopException refused) {
        item.line().rejected(refused.getMessage(), now);
      }
    }
    var first = upload.get(0).line();
    ledger.commit(stock, new Cause(first.uploadedBy(), "restock", first.restockId()));
  }

  /** What became of an upload's lines; empty when there is no such upload. */
  public List<RestockLine> linesOf(String restockId) {
    return em.createQuery(
            "select l from RestockLine l where l.restockId = :restock order by l.lineNumber",
            RestockLine.class)
        .setParameter("restock", restockId)
        .getResultList();
  }

  private Map<String, StockKeepingUnit> skusOf(List<String> wanted) {
    return wanted.isEmpty() ? Map.of() : skus.withSkus(new LinkedHashSet<>(wanted));
  }

  /** A staged line with the variant and warehouse it names. */
  private record Resolved(RestockLine line, long variantId, Warehouse warehouse) {}
}
