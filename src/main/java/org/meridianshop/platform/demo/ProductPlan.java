package org.meridianshop.platform.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The part a product plays in the demo: whether it is shown, featured on the home page, or stocked
 * so that the shop's out-of-stock and low-stock cases can be seen. Handed out by shuffling, so the
 * numbers are exact and the products that get them are spread across the catalog.
 */
record ProductPlan(String status, boolean featured, Stock stock) {

  enum Stock {
    NORMAL,
    LOW,
    OUT
  }

  static final int DRAFTS = 3;
  static final int ARCHIVED = 3;
  static final int FEATURED = 12;
  static final double OUT_OF_STOCK_SHARE = 0.08;
  static final double LOW_STOCK_SHARE = 0.10;

  static List<ProductPlan> forProducts(int count, SplittableRandom random) {
    var order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
    for (int i = count - 1; i > 0; i--) {
      Collections.swap(order, i, random.nextInt(i + 1));
    }
    int outOfStock = (int) Math.round(count * OUT_OF_STOCK_SHARE);
    int lowStock = (int) Math.round(count * LOW_STOCK_SHARE);
    var plans = new ProductPlan[count];
    for (int rank = 0; rank < count; rank++) {
      plans[order.get(rank)] = planAt(rank, outOfStock, lowStock);
    }
    return List.of(plans);
  }

  private static ProductPlan planAt(int rank, int outOfStock, int lowStock) {
    int featuredEnd = DRAFTS + ARCHIVED + FEATURED;
    if (rank < DRAFTS) {
      return new ProductPlan("DRAFT", false, Stock.NORMAL);
    } else if (rank < DRAFTS + ARCHIVED) {
      return new ProductPlan("ARCHIVED", false, Stock.NORMAL);
    } else if (rank < featuredEnd) {
      return new ProductPlan("ACTIVE", true, Stock.NORMAL);
    } else if (rank < featuredEnd + outOfStock) {
      return new ProductPlan("ACTIVE", false, Stock.OUT);
    } else if (rank < featuredEnd + outOfStock + lowStock) {
      return new ProductPlan("ACTIVE", false, Stock.LOW);
    }
    return new ProductPlan("ACTIVE", false, Stock.NORMAL);
  }
}
