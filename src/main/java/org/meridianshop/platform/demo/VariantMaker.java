package org.meridianshop.platform.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The variants of a product along its aisle's axis, e.g. "NW-AERO14-16-512" and "NW-AERO14-32-1T",
 * each with its stock per warehouse. Products of aisles without an axis get one standard variant
 * whose SKU is the stem alone.
 */
final class VariantMaker {

  private final SplittableRandom random;
  private final StockPlanner stock;

  VariantMaker(SplittableRandom random, StockPlanner stock) {
    this.random = random;
    this.stock = stock;
  }

  List<DemoCatalog.Variant> variantsOf(
      ProductIdentity identity, VariantAxis axis, BigDecimal price, ProductPlan.Stock plan) {
    var options = axis == null ? List.<VariantAxis.Option>of() : chosenOptions(axis);
    var onHand = stock.onHand(plan, Math.max(options.size(), 1));
    if (options.isEmpty()) {
      return List.of(
          new DemoCatalog.Variant(identity.skuStem(), "Standard", price, "{}", onHand.get(0)));
    }
    var variants = new ArrayList<DemoCatalog.Variant>();
    for (int i = 0; i < options.size(); i++) {
      var option = options.get(i);
      variants.add(
          new DemoCatalog.Variant(
              identity.skuStem() + "-" + option.code(),
              option.value(),
              price.add(option.surcharge()),
              Attributes.json(Map.of(axis.attribute(), option.value())),
              onHand.get(i)));
    }
    return variants;
  }

  /** A tiered axis starts at its base option; other axes offer any of theirs, in their order. */
  private List<VariantAxis.Option> chosenOptions(VariantAxis axis) {
    var all = axis.options();
    int count = axis.fewest() + random.nextInt(axis.most() - axis.fewest() + 1);
    if (axis.tiered()) {
      return all.subList(0, count);
    }
    var chosen = new ArrayList<>(all);
    while (chosen.size() > count) {
      chosen.remove(random.nextInt(chosen.size()));
    }
    return chosen;
  }
}
