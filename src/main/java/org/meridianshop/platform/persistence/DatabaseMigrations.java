package org.meridianshop.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.meridianshop.platform.demo.V1__DemoCatalog;

/**
 * Brings the database schema up to date before the shop serves anything, then loads the demo
 * catalog once when {@code demo.data} is on. Flyway's lock on its history table makes this safe
 * when several servers start together; the demo data keeps its own history table so it is loaded
 * exactly once and never mixes with schema versions.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = "jdbc/shop")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "demo.data", defaultValue = "true")
  boolean demoData;

  @Inject MigrationStatus status;

  @PostConstruct
  void migrate() {
    var schema =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(() -> "Database schema at version " + schema.targetSchemaVersion);
    if (demoData) {
      var demo =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .table("demo_data_history")
              .locations("classpath:db/demo")
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .javaMigrations(new V1__DemoCatalog())
              .load()
              .migrate();
      LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " step(s) applied");
    }
    status.markDone();
  }
}
