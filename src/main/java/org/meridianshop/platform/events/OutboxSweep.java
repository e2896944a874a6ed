package org.meridianshop.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The relay's safety net: every few seconds it looks for events that no wake-up published, such as
 * those recorded just before a crash or while the broker was down.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSweep {

  @Inject OutboxRelay relay;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void sweep() {
    relay.wakeUp();
  }

  @PreDestroy
  void stop() {
    relay.stop();
  }
}
