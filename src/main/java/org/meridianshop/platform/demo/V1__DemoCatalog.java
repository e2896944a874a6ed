package org.meridianshop.platform.demo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the demo catalog: five departments, invented brands, a few hundred products with variants,
 * pictures and stock in three warehouses. Generated from a fixed seed, so every shop that loads it
 * gets the same catalog. Runs once, recorded in the demo data's own Flyway history.
 */
public class V1__DemoCatalog extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    new DemoCatalogWriter(context.getConnection()).write(DemoCatalogGenerator.generate());
  }
}
