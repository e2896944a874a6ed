package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import org.meridianshop.catalog.StockKeepingUnit;
import org.meridianshop.catalog.StockKeepingUnits;
import org.meridianshop.inventory.ProductStock.VariantStock;
import org.meridianshop.inventory.ProductStock.WarehouseStock;
import org.meridianshop.platform.errors.NotFoundException;

/** What operators read of inventory: a product's levels, low-stock products, the audit trail. */
@ApplicationScoped
@Transactional
public class InventoryViews {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject StockKeepingUnits skus;
  @Inject Warehouses warehouses;

  /** The product's stock; 404 when there is no such product. */
  public ProductStock product(long productId) {
    var variants = skus.ofProduct(productId);
    if (variants.isEmpty()) {
      throw new NotFoundException("There is no product " + productId + ".");
    }
    var levels = levelsOf(variants.stream().map(StockKeepingUnit::variantId).toList());
    var perVariant = new ArrayList<VariantStock>();
    for (var sku : variants) {
      var own = levels.stream().filter(l -> l.variantId() == sku.variantId()).toList();
      var rows = byWarehouse(own);
      perVariant.add(
          new VariantStock(
              sku.variantId(),
              sku.sku(),
              sum(rows, WarehouseStock::onHand),
              sum(rows, WarehouseStock::reserved),
              sum(rows, WarehouseStock::available),
              rows));
    }
    var rows = byWarehouse(levels);
    var available = sum(rows, WarehouseStock::available);
    var threshold = variants.get(0).lowStockThreshold();
    return new ProductStock(
        productId,
        sum(rows, WarehouseStock::onHand),
        sum(rows, WarehouseStock::reserved),
        available,
        threshold,
        available <= threshold,
        rows,
        perVariant);
  }

  /** Products whose available total is at or under their low-stock threshold, fewest first. */
  public List<LowStockItem> lowStock() {
    var available = new HashMap<Long, Integer>();
    for (Object[] row :
        em.createQuery(
                "select s.variantId, sum(s.onHand - s.reserved) from StockLevel s"
                    + " group by s.variantId",
                Object[].class)
            .getResultList()) {
      available.put((Long) row[0], ((Number) row[1]).intValue());
    }
    var products = new HashMap<Long, LowStockItem>();
    for (var sku : skus.all()) {
      var units = available.getOrDefault(sku.variantId(), 0);
      products.merge(
          sku.productId(),
          new LowStockItem(sku.productId(), sku.productName(), units, sku.lowStockThreshold()),
          (a, b) ->
              new LowStockItem(
                  a.productId(), a.name(), a.available() + b.available(), a.threshold()));
    }
    return products.values().stream()
        .filter(item -> item.available() <= item.threshold())
        .sorted(
            java.util.Comparator.comparingInt(LowStockItem::available)
                .thenComparing(LowStockItem::productId))
        .toList();
  }

  /** The newest entries of the product's audit trail, newest first. */
  public List<HistoryEntry> history(long productId, int limit) {
    var variants = skus.ofProduct(productId);
    if (variants.isEmpty()) {
      throw new NotFoundException("There is no product " + productId + ".");
    }
    return em.createQuery(
            "select t from InventoryTransaction t where t.variantId in :ids order by t.id desc",
            InventoryTransaction.class)
        .setParameter("ids", variants.stream().map(StockKeepingUnit::variantId).toList())
        .setMaxResults(limit)
        .getResultStream()
        .map(HistoryEntry::of)
        .toList();
  }

  /** A product at or under its low-stock threshold. */
  public record LowStockItem(long productId, String name, int available, int threshold) {}

  private List<StockLevel> levelsOf(Collection<Long> variantIds) {
    return em.createQuery(
            "select s from StockLevel s join fetch s.warehouse where s.variantId in :ids",
            StockLevel.class)
        .setParameter("ids", variantIds)
        .getResultList();
  }

  /** One row per warehouse (every warehouse, even one holding none), summed over the levels. */
  private List<WarehouseStock> byWarehouse(List<StockLevel> levels) {
    var rows = new ArrayList<WarehouseStock>();
    for (var warehouse : warehouses.all()) {
      var here = levels.stream().filter(l -> l.warehouse().id().equals(warehouse.id())).toList();
      rows.add(
          new WarehouseStock(
              warehouse.id(),
              warehouse.code(),
              here.stream().mapToInt(StockLevel::onHand).sum(),
              here.stream().mapToInt(StockLevel::reserved).sum(),
              here.stream().mapToInt(StockLevel::available).sum()));
    }
    return rows;
  }

  private static int sum(
      List<WarehouseStock> rows, java.util.function.ToIntFunction<WarehouseStock> f) {
    return rows.stream().mapToInt(f).sum();
  }
}
