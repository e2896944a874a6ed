package org.meridianshop.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.meridianshop.platform.demo.V1__DemoCatalog;

/**
 * The two Flyway runs the shop makes, shared by startup and by tests that need a real schema. The
 * demo data keeps its own history table so it is loaded exactly once and never mixes with schema
 * versions.
 */
public final class Migrations {

  private Migrations() {}

  public static MigrateResult schema(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  public static MigrateResult demoData(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .table("demo_data_history")
        .locations("classpath:db/demo")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .javaMigrations(new V1__DemoCatalog())
        .load()
        .migrate();
  }
}
