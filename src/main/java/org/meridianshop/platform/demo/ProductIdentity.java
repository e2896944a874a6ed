package org.meridianshop.platform.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A product's name, short name (line and model, as printed on its picture), slug and SKU stem, e.g.
 * "Halcyon Aria 300 Noise-Cancelling Headphones", "Aria 300", "halcyon-aria-300-noise-cancelling
 * -headphones" and "HA-ARIA300". Slugs and SKU stems are unique across the catalog.
 */
record ProductIdentity(String name, String shortName, String slug, String skuStem, Spec spec) {

  /** Hands out identities, never the same SKU stem or slug twice. */
  static final class Namer {

    private static final int ATTEMPTS = 200;

    private final SplittableRandom random;
    private final Set<String> takenStems = new HashSet<>();
    private final Set<String> takenSlugs = new HashSet<>();

    Namer(SplittableRandom random) {
      this.random = random;
    }

    ProductIdentity next(BrandSeed brand, Aisle aisle) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        var shortName = pick(brand.lines()) + " " + pick(aisle.models());
        var spec = pick(aisle.specs());
        var name = brand.shortName() + " " + shortName + " " + spec.label();
        var stem = brand.skuPrefix() + "-" + Slugs.code(shortName);
        var slug = Slugs.of(name);
        if (!takenStems.contains(stem) && !takenSlugs.contains(slug)) {
          takenStems.add(stem);
          takenSlugs.add(slug);
          return new ProductIdentity(name, shortName, slug, stem, spec);
        }
      }
      throw new IllegalStateException(
          "Too few lines and models for " + brand.name() + " in " + aisle.name());
    }

    private <T> T pick(List<T> choices) {
      return choices.get(random.nextInt(choices.size()));
    }
  }
}
