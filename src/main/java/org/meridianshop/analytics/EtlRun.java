package org.meridianshop.analytics;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * One run of the ETL as operators see it: its days, where it stands, its counts (summed over its
 * steps' metrics), how long it took, and the exit status of any step that did not complete.
 */
public record EtlRun(
    long executionId,
    String from,
    String to,
    String status,
    String exitStatus,
    Instant startedAt,
    Instant endedAt,
    Long durationMillis,
    long read,
    long written,
    long commits,
    long rollbacks,
    List<String> errors) {

  static EtlRun of(JobExecution execution, List<StepExecution> steps, Optional<EtlDays> days) {
    var started = instant(execution.getStartTime());
    var ended = instant(execution.getEndTime());
    return new EtlRun(
        execution.getExecutionId(),
        days.map(d -> d.from().toString()).orElse(null),
        days.map(d -> d.to().toString()).orElse(null),
        execution.getBatchStatus().name(),
        execution.getExitStatus(),
        started,
        ended,
        started == null || ended == null ? null : Duration.between(started, ended).toMillis(),
        sum(steps, Metric.MetricType.READ_COUNT),
        sum(steps, Metric.MetricType.WRITE_COUNT),
        sum(steps, Metric.MetricType.COMMIT_COUNT),
        sum(steps, Metric.MetricType.ROLLBACK_COUNT),
        steps.stream()
            .filter(step -> step.getBatchStatus() == jakarta.batch.runtime.BatchStatus.FAILED)
            .map(step -> step.getStepName() + ": " + step.getExitStatus())
            .toList());
  }

  public boolean isGoing() {
    return List.of("STARTING", "STARTED", "STOPPING").contains(status);
  }

  public boolean isRestartable() {
    return List.of("FAILED", "STOPPED").contains(status);
  }

  private static long sum(List<StepExecution> steps, Metric.MetricType type) {
    return steps.stream()
        .flatMap(step -> Arrays.stream(step.getMetrics()))
        .filter(metric -> metric.getType() == type)
        .mapToLong(Metric::getValue)
        .sum();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
