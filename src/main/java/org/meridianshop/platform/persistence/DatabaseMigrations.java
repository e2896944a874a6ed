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

/**
 * Brings the database schema up to date before the shop serves anything, then loads the demo
 * catalog once when {@code demo.data} is on. Flyway's lock on its history table makes this safe
 * when several servers start together.
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
    var schema = Migrations.schema(dataSource);
    LOG.info(() -> "Database schema at version " + schema.targetSchemaVersion);
    if (demoData) {
      var demo = Migrations.demoData(dataSource);
      LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " step(s) applied");
    }
    status.markDone();
  }
}
