package org.meridianshop.platform.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the variants of a product in an aisle differ by (colour, size, configuration) and how many a
 * product gets. A tiered axis always starts from its first option, the base configuration, and adds
 * the dearer ones in order; other axes pick any of their options.
 */
record VariantAxis(String attribute, List<Option> options, int fewest, int most, boolean tiered) {

  /** One value of the axis, its short code in SKUs, and what it adds to the product's price. */
  record Option(String value, String code, BigDecimal surcharge) {}

  /** Colours written as {@code "Black=BLK"}: the name and its code in SKUs. */
  static VariantAxis colours(int fewest, int most, String... colours) {
    return new VariantAxis("Colour", sameSurcharge(colours), fewest, most, false);
  }

  /** Sizes written as {@code "US 9=9"}: the name and its code in SKUs. */
  static VariantAxis sizes(int fewest, int most, String... sizes) {
    return new VariantAxis("Size", sameSurcharge(sizes), fewest, most, false);
  }

  /** Configurations, cheapest first. */
  static VariantAxis tiers(String attribute, int fewest, int most, Option... tiers) {
    return new VariantAxis(attribute, List.of(tiers), fewest, most, true);
  }

  static Option tier(String value, String code, int surcharge) {
    return new Option(value, code, BigDecimal.valueOf(surcharge));
  }

  private static List<Option> sameSurcharge(String... valuesAndCodes) {
    return Stream.of(valuesAndCodes)
        .map(v -> v.split("=", 2))
        .map(v -> new Option(v[0], v[1], BigDecimal.ZERO))
        .toList();
  }
}
