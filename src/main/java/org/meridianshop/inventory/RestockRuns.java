package org.meridianshop.inventory;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * Starts the {@code restock} job (batch-jobs/restock.xml) and tells how a run went. A run that
 * failed or was stopped is restarted from its checkpoint rather than begun afresh; while a run is
 * going, asking again returns that run. Runs are kept in Liberty's job repository, in the shop's
 * database, so every server sees them.
 */
@ApplicationScoped
public class RestockRuns {

  static final String JOB = "restock";

  private static final EnumSet<BatchStatus> GOING =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);
  private static final EnumSet<BatchStatus> UNFINISHED =
      EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);

  @Inject RestockBatches batches;

  /** One run of the job. */
  public record RestockRun(
      long executionId, String status, String exitStatus, Instant startedAt, Instant endedAt) {
    static RestockRun of(JobExecution execution) {
      return new RestockRun(
          execution.getExecutionId(),
          execution.getBatchStatus().name(),
          execution.getExitStatus(),
          instant(execution.getStartTime()),
          instant(execution.getEndTime()));
    }

    private static Instant instant(Date date) {
      return date == null ? null : date.toInstant();
    }
  }

  /** Starts a run now (or resumes the last unfinished one); the one going if there is one. */
  public synchronized RestockRun start() {
    var operator = BatchRuntime.getJobOperator();
    var latest = latest(operator);
    if (latest.isPresent() && GOING.contains(latest.get().getBatchStatus())) {
      return RestockRun.of(latest.get());
    }
    var executionId =
        latest
            .filter(execution -> UNFINISHED.contains(execution.getBatchStatus()))
            .flatMap(execution -> restarted(operator, execution))
            .orElseGet(() -> operator.start(JOB, new Properties()));
    return RestockRun.of(operator.getJobExecution(executionId));
  }

  /** Starts a run when lines are waiting: what the 5-minute schedule does. */
  public Optional<RestockRun> startIfWaiting() {
    return batches.waitingCount() > 0 ? Optional.of(start()) : Optional.empty();
  }

  /** How many uploaded lines wait for a run. */
  public long waitingLines() {
    return batches.waitingCount();
  }

  public RestockRun run(long executionId) {
    var operator = BatchRuntime.getJobOperator();
    try {
      var execution = operator.getJobExecution(executionId);
      if (JOB.equals(execution.getJobName())) {
        return RestockRun.of(execution);
      }
    } catch (NoSuchJobExecutionException unknown) {
      // answered below, like a run of another job
    }
    throw new NotFoundException("There is no restock run " + executionId + ".");
  }

  /** The newest run of the job's newest instance, if it ever ran. */
  private static Optional<JobExecution> latest(JobOperator operator) {
    try {
      return operator.getJobInstances(JOB, 0, 1).stream()
          .flatMap(instance -> operator.getJobExecutions(instance).stream())
          .max(Comparator.comparingLong(JobExecution::getExecutionId));
    } catch (NoSuchJobException neverRan) {
      return Optional.empty();
    }
  }

  private static Optional<Long> restarted(JobOperator operator, JobExecution unfinished) {
    try {
      return Optional.of(operator.restart(unfinished.getExecutionId(), new Properties()));
    } catch (JobRestartException cannot) {
      return Optional.empty();
    }
  }
}
