package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.meridianshop.catalog.StockKeepingUnits;
import org.meridianshop.inventory.InventoryTransaction.Cause;
import org.meridianshop.platform.events.Outbox;

/**
 * Where every stock change goes through: it locks the levels to change, then writes each change to
 * the audit trail and records the events, all in the caller's transaction.
 *
 * <p>Overselling is prevented with row locks ({@code select ... for update}), not optimistic
 * retries: under a rush for the last units, retries would mostly collide again, while a lock queues
 * the buyers and each sees the stock its predecessor left. All levels of every variant of the
 * products involved are locked, always in id order, so two transactions never wait for each other
 * in a circle and the product totals in the events are exact. The entity's version stays as a
 * second guard.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class StockLedger {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject StockKeepingUnits skus;
  @Inject Outbox outbox;

  private final Clock clock = Clock.systemUTC();

  /** Locks the levels of every variant of the products these variants belong to. */
  public LockedStock lock(Collection<Long> variantIds) {
    if (variantIds.isEmpty()) {
      return new LockedStock(List.of(), List.of());
    }
    var family = skus.siblingsOf(new LinkedHashSet<>(variantIds));
    if (family.isEmpty()) {
      return new LockedStock(List.of(), List.of());
    }
    var levels =
        em.createQuery(
                "select s from StockLevel s where s.variantId in :ids order by s.id",
                StockLevel.class)
            .setParameter("ids", family.stream().map(sku -> sku.variantId()).toList())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    return new LockedStock(family, levels);
  }

  /** Notes a change just made to a locked level; {@link #commit} writes it. */
  public void record(
      LockedStock stock, TransactionKind kind, StockLevel level, int quantity, StockChange change) {
    stock.add(new LockedStock.Entry(kind, level, quantity, change));
  }

  /** Writes the changes made to the audit trail and records their events. */
  public void commit(LockedStock stock, Cause cause) {
    stock.created().forEach(em::persist);
    var now = clock.instant();
    var changed = new LinkedHashSet<StockLevel>();
    for (var entry : stock.entries()) {
      em.persist(
          new InventoryTransaction(
              entry.kind(), entry.level(), entry.quantityChange(), entry.change(), cause, now));
      changed.add(entry.level());
    }
    var products = new LinkedHashSet<Long>();
    for (var level : changed) {
      var sku = stock.sku(level.variantId()).orElseThrow();
      var kind = kindOf(stock, level);
      var productAvailable = stock.productAvailable(sku.productId());
      outbox.record(
          new InventoryUpdated(
              sku.productId(),
              sku.variantId(),
              sku.sku(),
              level.warehouse().id(),
              level.warehouse().code(),
              kind.name(),
              level.onHand(),
              level.reserved(),
              level.available(),
              stock.variantAvailable(sku.variantId()),
              productAvailable,
              sku.lowStockThreshold(),
              productAvailable <= sku.lowStockThreshold()));
      if (products.add(sku.productId())) {
        alertOnLowStock(stock, sku.productId(), sku.productName(), sku.lowStockThreshold());
      }
    }
  }

  /** Records that a reservation's stock went back on sale. */
  public void released(InventoryReleased event) {
    outbox.record(event);
  }

  private void alertOnLowStock(LockedStock stock, long productId, String name, int threshold) {
    var before = stock.productAvailableBefore(productId);
    var after = stock.productAvailable(productId);
    if (before > threshold && after <= threshold) {
      outbox.record(new LowStockReached(productId, name, after, threshold));
    }
  }

  private static TransactionKind kindOf(LockedStock stock, StockLevel level) {
    TransactionKind kind = null;
    for (var entry : stock.entries()) {
      if (entry.level() == level) {
        kind = entry.kind();
      }
    }
    return kind;
  }
}
