package org.meridianshop.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meridianshop.catalog.StockKeepingUnit;

/**
 * The stock levels of every variant of some products, locked for one transaction (see {@link
 * StockLedger}), with the changes made to them so far. Holding all of a product's levels means the
 * product totals that events carry are exact.
 */
public final class LockedStock {

  private final Map<Long, StockKeepingUnit> skus = new LinkedHashMap<>();
  private final Map<Long, List<StockLevel>> levels = new LinkedHashMap<>();
  private final Map<Long, Integer> productAvailableBefore;
  private final List<Entry> entries = new ArrayList<>();
  private final Set<StockLevel> created = new LinkedHashSet<>();

  LockedStock(Collection<StockKeepingUnit> skus, Collection<StockLevel> locked) {
    skus.forEach(sku -> this.skus.put(sku.variantId(), sku));
    skus.forEach(sku -> levels.put(sku.variantId(), new ArrayList<>()));
    locked.forEach(level -> levels.get(level.variantId()).add(level));
    productAvailableBefore = productTotals();
  }

  public Optional<StockKeepingUnit> sku(long variantId) {
    return Optional.ofNullable(skus.get(variantId));
  }

  /** The variant's levels, the warehouse with most available first (then by warehouse id). */
  public List<StockLevel> levelsOf(long variantId) {
    return levels.getOrDefault(variantId, List.of()).stream()
        .sorted(
            Comparator.comparingInt(StockLevel::available)
                .reversed()
                .thenComparing(level -> level.warehouse().id()))
        .toList();
  }

  /** The variant's level in the warehouse, made (empty) if the warehouse never held it. */
  public StockLevel level(long variantId, Warehouse warehouse) {
    var list = levels.get(variantId);
    if (list == null) {
      throw new IllegalArgumentException("Variant " + variantId + " is not locked");
    }
    return list.stream()
        .filter(level -> level.warehouse().id().equals(warehouse.id()))
        .findFirst()
        .orElseGet(
            () -> {
              var level = new StockLevel(warehouse, variantId);
              list.add(level);
              created.add(level);
              return level;
            });
  }

  public int variantAvailable(long variantId) {
    return levels.getOrDefault(variantId, List.of()).stream().mapToInt(StockLevel::available).sum();
  }

  public int productAvailable(long productId) {
    return productTotals().getOrDefault(productId, 0);
  }

  int productAvailableBefore(long productId) {
    return productAvailableBefore.getOrDefault(productId, 0);
  }

  void add(Entry entry) {
    entries.add(entry);
  }

  List<Entry> entries() {
    return entries;
  }

  Set<StockLevel> created() {
    return created;
  }

  private Map<Long, Integer> productTotals() {
    var totals = new LinkedHashMap<Long, Integer>();
    skus.values()
        .forEach(
            sku -> totals.merge(sku.productId(), variantAvailable(sku.variantId()), Integer::sum));
    return totals;
  }

  /** One change made, waiting to be logged and announced. */
  record Entry(TransactionKind kind, StockLevel level, int quantityChange, StockChange change) {}
}
