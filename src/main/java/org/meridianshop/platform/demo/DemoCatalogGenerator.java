package org.meridianshop.platform.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the demo catalog from a fixed seed: the same departments, brands, products, pictures
 * and stock every time, so demos, screenshots and tests can rely on them.
 */
final class DemoCatalogGenerator {

  static final long SEED = 20_260_301L;

  /** The demo catalog's size: 16 products in each of the 21 aisles. */
  static final int DEMO_PRODUCTS = 336;

  /** Shades of a brand's hue, so neighbouring aisles of one brand do not look the same. */
  private static final int HUE_STEP_PER_AISLE = 14;

  private static final List<DemoCatalog.Warehouse> WAREHOUSES =
      List.of(
          new DemoCatalog.Warehouse("EWR", "East Coast Fulfilment Center", "Newark", "US"),
          new DemoCatalog.Warehouse("DFW", "Central Fulfilment Center", "Dallas", "US"),
          new DemoCatalog.Warehouse("SFO", "West Coast Fulfilment Center", "Oakland", "US"));

  private DemoCatalogGenerator() {}

  static List<Department> departments() {
    return List.of(
        ComputersDepartment.department(),
        PhonesDepartment.department(),
        AudioDepartment.department(),
        HomeKitchenDepartment.department(),
        SportsDepartment.department());
  }

  static DemoCatalog generate() {
    return generate(DEMO_PRODUCTS);
  }

  /**
   * A catalog of the given size (benchmarks ask for 10,000), spread evenly over the aisles, the
   * first aisles taking one more when it does not divide. The demo size gives the demo catalog.
   */
  static DemoCatalog generate(int productCount) {
    var random = new SplittableRandom(SEED);
    var departments = departments();
    var brands = DemoBrands.all();
    int aisleCount = departments.stream().mapToInt(d -> d.aisles().size()).sum();
    if (productCount < aisleCount) {
      throw new IllegalArgumentException(
          "A catalog needs at least one product in each of the " + aisleCount + " aisles");
    }
    var plans = ProductPlan.forProducts(productCount, random).iterator();
    var inventor = new ProductInventor(random, new StockPlanner(random, WAREHOUSES.size()));
    var products = new ArrayList<DemoCatalog.Product>();
    int aisleIndex = 0;
    for (var department : departments) {
      for (int a = 0; a < department.aisles().size(); a++, aisleIndex++) {
        var aisle = department.aisles().get(a);
        var makers = makersOf(brands, department, aisle);
        int aisleProducts =
            productCount / aisleCount + (aisleIndex < productCount % aisleCount ? 1 : 0);
        for (int i = 0; i < aisleProducts; i++) {
          var brand = makers.get(i % makers.size());
          int hue = brand.hue() + a * HUE_STEP_PER_AISLE;
          products.add(inventor.invent(department, aisle, brand, hue, plans.next()));
        }
      }
    }
    return new DemoCatalog(
        WAREHOUSES, categories(departments), brandRows(brands), List.copyOf(products));
  }

  private static List<BrandSeed> makersOf(
      List<BrandSeed> brands, Department department, Aisle aisle) {
    var makers =
        brands.stream()
            .filter(b -> b.makes().contains(department.slug()) || b.makes().contains(aisle.slug()))
            .toList();
    if (makers.isEmpty()) {
      throw new IllegalStateException("No brand makes " + aisle.name());
    }
    return makers;
  }

  private static List<DemoCatalog.Category> categories(List<Department> departments) {
    var categories = new ArrayList<DemoCatalog.Category>();
    for (int d = 0; d < departments.size(); d++) {
      var department = departments.get(d);
      categories.add(
          new DemoCatalog.Category(
              department.name(), department.slug(), department.description(), null, d));
      for (int a = 0; a < department.aisles().size(); a++) {
        var aisle = department.aisles().get(a);
        categories.add(
            new DemoCatalog.Category(
                aisle.name(), aisle.slug(), aisle.description(), department.slug(), a));
      }
    }
    return categories;
  }

  private static List<DemoCatalog.Brand> brandRows(List<BrandSeed> brands) {
    return brands.stream()
        .map(b -> new DemoCatalog.Brand(b.name(), Slugs.of(b.name()), b.description()))
        .toList();
  }
}
