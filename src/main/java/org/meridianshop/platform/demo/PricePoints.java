package org.meridianshop.platform.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * Prices that look like shop prices: 19.99 or 24.49 for small things, 149.99 or 149.00 for
 * mid-range ones, 1,249.99 or 1,249.00 for big ones. Always within the aisle's range.
 */
final class PricePoints {

  private static final String[] SMALL_ENDINGS = {".99", ".49", ".95", ".99"};
  private static final String[] LARGE_ENDINGS = {".99", ".00", ".99", ".49"};

  private PricePoints() {}

  static BigDecimal pick(SplittableRandom random, BigDecimal lowest, BigDecimal highest) {
    double raw =
        lowest.doubleValue() + random.nextDouble() * (highest.doubleValue() - lowest.doubleValue());
    long whole = (long) Math.floor(raw);
    String ending;
    if (raw < 50) {
      ending = SMALL_ENDINGS[random.nextInt(SMALL_ENDINGS.length)];
    } else if (raw < 500) {
      whole = whole - whole % 10 + 9;
      ending = LARGE_ENDINGS[random.nextInt(LARGE_ENDINGS.length)];
    } else {
      whole = whole - whole % 50 + 49;
      ending = LARGE_ENDINGS[random.nextInt(2)];
    }
    var price = new BigDecimal(whole + ending);
    return price.max(lowest).min(highest).setScale(2, RoundingMode.UNNECESSARY);
  }
}
