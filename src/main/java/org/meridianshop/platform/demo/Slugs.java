package org.meridianshop.platform.demo;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs and SKU codes made from names: plain ASCII letters and digits. */
final class Slugs {

  private Slugs() {}

  /** "Chef's Knife, 20 cm" becomes "chefs-knife-20-cm"; accents are dropped, not the letters. */
  static String of(String name) {
    var plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("'", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** "Sauté 28" becomes "SAUTE28". */
  static String code(String name) {
    return of(name).replace("-", "").toUpperCase(Locale.ROOT);
  }
}
