package org.meridianshop.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a product is in its life: only active products are shown to shoppers. */
public enum ProductStatus {
  DRAFT,
  ACTIVE,
  ARCHIVED;

  /** The status with this name in any case ("active"), if there is one. */
  public static Optional<ProductStatus> named(String name) {
    return Arrays.stream(values())
        .filter(s -> name != null && s.name().equals(name.strip().toUpperCase(Locale.ROOT)))
        .findFirst();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
