package org.meridianshop.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.meridianshop.platform.persistence.MigrationStatus;

/** The shop is ready once its database schema (and demo data, if any) is in place. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject MigrationStatus migrations;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(migrations.isDone()).build();
  }
}
