package org.meridianshop.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells whoever started the shop where to open it, once the database is ready. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class ShopAnnouncement {

  private static final Logger LOG = Logger.getLogger(ShopAnnouncement.class.getName());

  @Inject
  @ConfigProperty(name = "http.port", defaultValue = "9080")
  String httpPort;

  @PostConstruct
  void announce() {
    LOG.info(
        () ->
            "Meridian Shop is open at http://localhost:"
                + httpPort
                + "/ (API under /api, API explorer at /openapi/ui/)");
  }
}
