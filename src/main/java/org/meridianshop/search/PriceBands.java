package org.meridianshop.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.util.common.data.Range;

/** The price bands the results page offers, in US dollars (the base currency prices filter on). */
final class PriceBands {

  private static final int[] LIMITS = {0, 25, 50, 100, 250, 500, 1000};

  static final List<Range<BigDecimal>> ALL = bands();

  private PriceBands() {}

  private static List<Range<BigDecimal>> bands() {
    var bands = new ArrayList<Range<BigDecimal>>();
    for (var i = 0; i < LIMITS.length; i++) {
      var from = BigDecimal.valueOf(LIMITS[i]);
      var to = i + 1 < LIMITS.length ? BigDecimal.valueOf(LIMITS[i + 1]) : null;
      bands.add(Range.canonical(from, to));
    }
    return List.copyOf(bands);
  }
}
