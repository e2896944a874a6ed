package org.meridianshop.platform.events;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Gives failed handlings their next attempt when it is due. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventRetrySweep {

  private static final Logger LOG = Logger.getLogger(EventRetrySweep.class.getName());

  private static final int BATCH = 50;

  @Inject EventFailures failures;
  @Inject EventDispatcher dispatcher;

  /**
   * A pass that fails (the database out of reach) is left to the next one: a timer that throws is
   * retried by Liberty only after its non-persistent retry interval (300 s by default), skipping
   * the schedule meanwhile, so handlings that failed during a database outage waited minutes.
   */
  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void retryDue() {
    try {
      failures.due(BATCH).forEach(dispatcher::retry);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Event retry pass failed; the next one will try again", e);
    }
  }
}
