package org.meridianshop.inventory;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The seed's 5-minute restock batch: every 5 minutes, if restock lines are waiting, starts the
 * restock job. Every server runs the schedule; a line is applied once all the same, because the job
 * locks each line and applies only those still waiting.
 */
@Singleton
public class RestockSchedule {

  private static final Logger LOG = Logger.getLogger(RestockSchedule.class.getName());

  @Inject RestockRuns runs;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void applyWaitingLines() {
    try {
      runs.startIfWaiting()
          .ifPresent(run -> LOG.info(() -> "Restock run " + run.executionId() + " started"));
    } catch (RuntimeException e) {
      LOG.warning(() -> "Restock run could not start: " + e);
    }
  }
}
