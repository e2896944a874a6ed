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
    private final Set<String> exhausted = new HashSet<>();

    Namer(SplittableRandom random) {
      this.random = random;
    }

    ProductIdentity next(BrandSeed brand, Aisle aisle) {
      var maker = brand.name() + " in " + aisle.slug();
      if (!exhausted.contains(maker)) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
          var identity = identity(brand, aisle, pick(brand.lines()) + " " + pick(aisle.models()));
          if (identity != null) {
            return identity;
          }
        }
        exhausted.add(maker);
      }
      return nextGeneration(brand, aisle);
    }

    /**
     * Once a brand's lines and models in an aisle are all taken (only in catalogs larger than the
     * demo's), a product is a later generation of one of them: "Aria 300 Mk 2".
     */
    private ProductIdentity nextGeneration(BrandSeed brand, Aisle aisle) {
      var model = pick(brand.lines()) + " " + pick(aisle.models());
      for (int generation = 2; ; generation++) {
        var identity = identity(brand, aisle, model + " Mk " + generation);
        if (identity != null) {
          return identity;
        }
      }
    }

    /** The identity of a product with this short name, or null when its stem or slug is taken. */
    private ProductIdentity identity(BrandSeed brand, Aisle aisle, String shortName) {
      var spec = pick(aisle.specs());
      var name = brand.shortName() + " " + shortName + " " + spec.label();
      var stem = brand.skuPrefix() + "-" + Slugs.code(shortName);
      var slug = Slugs.of(name);
      if (takenStems.contains(stem) || takenSlugs.contains(slug)) {
        return null;
      }
      takenStems.add(stem);
      takenSlugs.add(slug);
      return new ProductIdentity(name, shortName, slug, stem, spec);
    }

    private <T> T pick(List<T> choices) {
      return choices.get(random.nextInt(choices.size()));
    }
  }
}
