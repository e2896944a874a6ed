package org.meridianshop.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.meridianshop.platform.errors.InvalidInputException;

/** The orders a product list can be shown in, by the names the API and URLs use. */
public enum ProductSort {
  /** Most reviewed and best rated first: what shoppers tend to want. */
  RELEVANCE,
  PRICE_ASC,
  PRICE_DESC,
  RATING,
  NEWEST;

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ProductSort parse(String value, ProductSort fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return Arrays.stream(values())
        .filter(sort -> sort.parameter().equals(value.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "sort",
                    "must be one of "
                        + Arrays.stream(values())
                            .map(ProductSort::parameter)
                            .collect(Collectors.joining(", "))));
  }
}
