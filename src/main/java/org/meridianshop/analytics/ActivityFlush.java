package org.meridianshop.analytics;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;

/** Writes waiting visits and cart additions every 5 seconds, in one transaction. */
@Singleton
public class ActivityFlush {

  private static final Logger LOG = Logger.getLogger(ActivityFlush.class.getName());

  @Inject ShopperActivity activity;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void write() {
    try {
      activity.flush();
    } catch (SQLException | RuntimeException e) {
      LOG.warning(() -> "Visits and cart additions could not be written: " + e);
    }
  }
}
