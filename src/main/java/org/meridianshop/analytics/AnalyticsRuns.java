package org.meridianshop.analytics;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * Starts, stops and restarts runs of the {@code analytics-etl} job (batch-jobs/analytics-etl.xml)
 * and tells how they went. One run at a time: two runs over the same days at once could count an
 * order twice, so a start while one is going is refused (409). A restart carries on from the run's
 * checkpoint and loads the same days ({@link EtlLoads}).
 */
@ApplicationScoped
public class AnalyticsRuns {

  static final String JOB = "analytics-etl";
  static final int DEFAULT_ITEMS_PER_CHUNK = 100;
  static final int MOST_ITEMS_PER_CHUNK = 10_000;

  @Inject EtlLoads loads;

  /** How to run: the days, and optionally orders per chunk and a pause after each chunk. */
  public record RunRequest(String from, String to, Integer itemCount, Long pauseMillis) {}

  public synchronized EtlRun start(RunRequest request) {
    var days = EtlDays.parse(request.from(), request.to());
    var itemCount = request.itemCount() == null ? DEFAULT_ITEMS_PER_CHUNK : request.itemCount();
    if (itemCount < 1 || itemCount > MOST_ITEMS_PER_CHUNK) {
      throw new InvalidInputException("itemCount", "must be from 1 to " + MOST_ITEMS_PER_CHUNK);
    }
    var pause = request.pauseMillis() == null ? 0 : request.pauseMillis();
    if (pause < 0 || pause > 60_000) {
      throw new InvalidInputException("pauseMillis", "must be from 0 to 60000");
    }
    requireNoneGoing();
    var load = loads.queue(new EtlLoads.Load(days, itemCount, pause));
    var operator = BatchRuntime.getJobOperator();
    var executionId = operator.start(JOB, new Properties());
    loads.bind(load, operator.getJobInstance(executionId).getInstanceId());
    return run(executionId);
  }

  /** The newest runs first. */
  public List<EtlRun> recent(int most) {
    var operator = BatchRuntime.getJobOperator();
    try {
      return operator.getJobInstances(JOB, 0, most).stream()
          .flatMap(instance -> operator.getJobExecutions(instance).stream())
          .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
          .limit(most)
          .map(execution -> of(operator, execution))
          .toList();
    } catch (NoSuchJobException neverRan) {
      return List.of();
    }
  }

  public EtlRun run(long executionId) {
    var operator = BatchRuntime.getJobOperator();
    return of(operator, execution(operator, executionId));
  }

  /** Asks a going run to stop after its current chunk; it can be restarted from there. */
  public EtlRun stop(long executionId) {
    var operator = BatchRuntime.getJobOperator();
    execution(operator, executionId);
    try {
      operator.stop(executionId);
    } catch (JobExecutionNotRunningException notRunning) {
      throw new ConflictException("Run " + executionId + " is not going.");
    }
    return run(executionId);
  }

  /** Restarts a failed or stopped run from its checkpoint, with the parameters it had. */
  public synchronized EtlRun restart(long executionId) {
    var operator = BatchRuntime.getJobOperator();
    var execution = execution(operator, executionId);
    requireNoneGoing();
    try {
      return run(operator.restart(executionId, new Properties()));
    } catch (JobRestartException
        | JobExecutionAlreadyCompleteException
        | JobExecutionNotMostRecentException cannot) {
      throw new ConflictException(
          "Run "
              + executionId
              + " cannot be restarted: only the last run of a failed or stopped"
              + " load can.");
    }
  }

  private void requireNoneGoing() {
    recent(5).stream()
        .filter(EtlRun::isGoing)
        .findFirst()
        .ifPresent(
            going -> {
              throw new ConflictException(
                  "Run "
                      + going.executionId()
                      + " is "
                      + going.status().toLowerCase()
                      + "; wait for it to end or stop it.");
            });
  }

  private static JobExecution execution(JobOperator operator, long executionId) {
    try {
      var execution = operator.getJobExecution(executionId);
      if (JOB.equals(execution.getJobName())) {
        return execution;
      }
    } catch (NoSuchJobExecutionException unknown) {
      // answered below, like a run of another job
    }
    throw new NotFoundException("There is no analytics run " + executionId + ".");
  }

  private EtlRun of(JobOperator operator, JobExecution execution) {
    var id = execution.getExecutionId();
    return EtlRun.of(
        execution,
        operator.getStepExecutions(id),
        loads.of(operator.getJobInstance(id).getInstanceId()).map(EtlLoads.Load::days));
  }
}
