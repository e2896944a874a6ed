package org.meridianshop.search;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * How the matching products divide by category, brand and price band, with counts: the filters a
 * results page offers. Each facet is counted over the results' filters except its own, so a count
 * is what choosing that value would show (a brand: what it would add to the brands chosen), and
 * choosing one value leaves the others on offer.
 */
public record Facets(List<Value> category, List<Value> brand, List<PriceBand> price)
    implements Serializable {

  /** A category or brand (by slug, the value its filter takes) and its display name. */
  public record Value(String value, String name, long count) implements Serializable {}

  /** Prices from {@code from} (inclusive) to {@code to} (exclusive; null for no limit), in USD. */
  public record PriceBand(BigDecimal from, BigDecimal to, long count) implements Serializable {}
}
