package org.meridianshop.platform.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How many of each variant each warehouse holds. Out-of-stock products have none anywhere,
 * low-stock products one to five in all (at or under the shop's low-stock threshold), the rest
 * more.
 */
final class StockPlanner {

  static final int LOW_STOCK_THRESHOLD = 5;
  private static final int MOST_ON_HAND = 120;

  private final SplittableRandom random;
  private final int warehouses;

  StockPlanner(SplittableRandom random, int warehouses) {
    this.random = random;
    this.warehouses = warehouses;
  }

  /** Quantities per variant, each a list with one entry per warehouse. */
  List<List<Integer>> onHand(ProductPlan.Stock stock, int variants) {
    var cells = new int[variants * warehouses];
    switch (stock) {
      case OUT -> {}
      case LOW -> {
        int total = 1 + random.nextInt(LOW_STOCK_THRESHOLD);
        for (int unit = 0; unit < total; unit++) {
          cells[random.nextInt(cells.length)]++;
        }
      }
      case NORMAL -> fillPlenty(cells);
    }
    var perVariant = new ArrayList<List<Integer>>();
    for (int v = 0; v < variants; v++) {
      var row = new ArrayList<Integer>();
      for (int w = 0; w < warehouses; w++) {
        row.add(cells[v * warehouses + w]);
      }
      perVariant.add(List.copyOf(row));
    }
    return perVariant;
  }

  /** Some warehouses run out of some variants even when the product sells well overall. */
  private void fillPlenty(int[] cells) {
    int total = 0;
    for (int i = 0; i < cells.length; i++) {
      cells[i] = random.nextInt(5) == 0 ? 0 : random.nextInt(MOST_ON_HAND + 1);
      total += cells[i];
    }
    if (total <= LOW_STOCK_THRESHOLD) {
      cells[0] += LOW_STOCK_THRESHOLD + 1 + random.nextInt(MOST_ON_HAND - LOW_STOCK_THRESHOLD);
      cells[0] = Math.min(cells[0], MOST_ON_HAND);
    }
  }
}
