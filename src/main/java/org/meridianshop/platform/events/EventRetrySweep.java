package org.meridianshop.platform.events;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Gives failed handlings their next attempt when it is due. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventRetrySweep {

  private static final int BATCH = 50;

  @Inject EventFailures failures;
  @Inject EventDispatcher dispatcher;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void retryDue() {
    failures.due(BATCH).forEach(dispatcher::retry);
  }
}
