package org.meridianshop.platform.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

/** Invents one product of an aisle at a time: its name, words, price, variants and pictures. */
final class ProductInventor {

  /**
   * The demo catalog is dated relative to this instant, not to the clock, so every load writes the
   * same rows.
   */
  static final Instant BASE_TIME = Instant.parse("2026-03-01T09:00:00Z");

  private static final long HISTORY_SECONDS = Duration.ofDays(400).toSeconds();

  private static final List<String> CLOSINGS =
      List.of(
          "Backed by a two-year %s warranty.",
          "It ships in plastic-free, recyclable packaging.",
          "Designed by %s and tested for a year before launch.",
          "Free returns within 30 days if it is not right for you.",
          "%s offers spare parts and repairs for at least five years.");

  private final SplittableRandom random;
  private final ProductIdentity.Namer namer;
  private final VariantMaker variants;

  ProductInventor(SplittableRandom random, StockPlanner stock) {
    this.random = random;
    this.namer = new ProductIdentity.Namer(random);
    this.variants = new VariantMaker(random, stock);
  }

  DemoCatalog.Product invent(
      Department department, Aisle aisle, BrandSeed brand, int hue, ProductPlan plan) {
    var identity = namer.next(brand, aisle);
    var spec = identity.spec();
    var price =
        spec.hasOwnPrices()
            ? PricePoints.pick(random, spec.lowestPrice(), spec.highestPrice())
            : PricePoints.pick(random, aisle.lowestPrice(), aisle.highestPrice());
    var createdAt = BASE_TIME.minusSeconds(random.nextLong(HISTORY_SECONDS));
    var updatedAt =
        createdAt.plusSeconds(
            random.nextLong(Duration.between(createdAt, BASE_TIME).toSeconds() + 1));
    return new DemoCatalog.Product(
        identity.name(),
        identity.slug(),
        description(identity, aisle, brand),
        Slugs.of(brand.name()),
        aisle.slug(),
        plan.status(),
        price,
        Attributes.json(attributes(identity.spec(), aisle)),
        rating(),
        reviewCount(),
        plan.featured(),
        createdAt,
        updatedAt,
        variants.variantsOf(identity, aisle.variants(), price, plan.stock()),
        images(department, identity, brand, hue));
  }

  /**
   * An opening, one or two features and sometimes a closing line: two to four sentences. What is
   * said about the spec comes before what could be said about anything in the aisle.
   */
  private String description(ProductIdentity identity, Aisle aisle, BrandSeed brand) {
    var spec = identity.spec();
    var sentences = new ArrayList<String>();
    var leads = spec.leads().isEmpty() ? aisle.leads() : spec.leads();
    sentences.add("The " + identity.shortName() + " " + pick(leads));
    var ownFeatures = new ArrayList<>(spec.features());
    var aisleFeatures = new ArrayList<>(aisle.features());
    int featureCount = 1 + random.nextInt(2);
    for (int i = 0; i < featureCount; i++) {
      var features = ownFeatures.isEmpty() ? aisleFeatures : ownFeatures;
      sentences.add(features.remove(random.nextInt(features.size())));
    }
    if (random.nextBoolean()) {
      sentences.add(pick(CLOSINGS).replace("%s", brand.name()));
    }
    return String.join(" ", sentences);
  }

  private LinkedHashMap<String, String> attributes(Spec spec, Aisle aisle) {
    var attributes = new LinkedHashMap<>(spec.attributes());
    for (var choice : aisle.choices()) {
      attributes.putIfAbsent(choice.name(), pick(choice.values()));
    }
    return attributes;
  }

  /** Mostly good ratings, as in real shops, but none below 2.5. */
  private BigDecimal rating() {
    double rating = 2.5 + 2.5 * Math.sqrt(random.nextDouble());
    return BigDecimal.valueOf(rating).setScale(2, RoundingMode.HALF_UP);
  }

  /** Most products have a few reviews, a handful have a couple of thousand. */
  private int reviewCount() {
    double share = random.nextDouble();
    return (int) Math.round(2000 * share * share * share);
  }

  private List<DemoCatalog.Image> images(
      Department department, ProductIdentity identity, BrandSeed brand, int hue) {
    int count = 1 + random.nextInt(ProductPicture.VIEWS);
    var images = new ArrayList<DemoCatalog.Image>();
    for (int view = 0; view < count; view++) {
      images.add(
          new DemoCatalog.Image(
              identity.name() + ", " + ProductPicture.viewName(view),
              ProductPicture.svg(
                  department.pictogram(), hue, identity.shortName(), brand.name(), view)));
    }
    return images;
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
