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
  static final int PRODUCTS_PER_AISLE = 16;

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
    var random = new SplittableRandom(SEED);
    var departments = departments();
    var brands = DemoBrands.all();
    int productCount =
        departments.stream().mapToInt(d -> d.aisles().size()).sum() * PRODUCTS_PER_AISLE;
    var plans = ProductPlan.forProducts(productCount, random).iterator();
    var inventor = new ProductInventor(random, new StockPlanner(random, WAREHOUSES.size()));
    var products = new ArrayList<DemoCatalog.Product>();
    for (var department : departments) {
      for (int a = 0; a < department.aisles().size(); a++) {
        var aisle = department.aisles().get(a);
        var makers = makersOf(brands, department, aisle);
        for (int i = 0; i < PRODUCTS_PER_AISLE; i++) {
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
