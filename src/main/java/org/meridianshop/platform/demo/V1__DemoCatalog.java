package org.meridianshop.platform.demo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the demo catalog: five departments, invented brands, a few hundred products with variants,
 * pictures and stock in three warehouses. Generated from a fixed seed, so every shop that loads it
 * gets the same catalog. Runs once, recorded in the demo data's own Flyway history.
 *
 * <p>{@code DEMO_CATALOG_PRODUCTS} asks for a larger catalog of the same kind (e.g. 10,000 for
 * benchmarks), as deterministic as the demo's. Read from the environment because Flyway, not CDI,
 * makes this migration.
 */
public class V1__DemoCatalog extends BaseJavaMigration {

  static final String SIZE_VARIABLE = "DEMO_CATALOG_PRODUCTS";

  @Override
  public void migrate(Context context) throws Exception {
    new DemoCatalogWriter(context.getConnection())
        .write(DemoCatalogGenerator.generate(productCount(System.getenv(SIZE_VARIABLE))));
  }

  static int productCount(String setting) {
    if (setting == null || setting.isBlank()) {
      return DemoCatalogGenerator.DEMO_PRODUCTS;
    }
    try {
      return Integer.parseInt(setting.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SIZE_VARIABLE + " is not a number: " + setting, e);
    }
  }
}
