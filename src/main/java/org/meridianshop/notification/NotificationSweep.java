package org.meridianshop.notification;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Delivery's safety net and retry clock: every few seconds it wakes the delivery worker, which
 * sends what fell due (retries whose pause is over, notifications queued just before a crash).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSweep {

  @Inject NotificationDelivery delivery;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void sweep() {
    delivery.wakeUp();
  }
}
