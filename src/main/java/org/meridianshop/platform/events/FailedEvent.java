package org.meridianshop.platform.events;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/**
 * An event a consumer could not handle: waiting for its next attempt, or, once the attempts are
 * used up, a dead letter that an admin can look at and replay.
 */
@Entity
public class FailedEvent {

  /** Whether the event will be tried again by itself. */
  public enum Status {
    RETRYING,
    DEAD
  }

  private static final int MAX_ERROR_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String consumer;
  private String eventId;
  private String type;
  private String envelope;
  private int attempts;
  private Instant nextAttemptAt;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String lastError;
  private Instant firstFailedAt;
  private Instant lastFailedAt;

  protected FailedEvent() {}

  FailedEvent(String consumer, EventEnvelope envelope, Instant now) {
    this.consumer = consumer;
    this.eventId = envelope.eventId().toString();
    this.type = envelope.type();
    this.envelope = EventJson.toJson(envelope);
    this.firstFailedAt = now;
  }

  /** Counts a failed attempt and schedules the next one, or gives up after the last. */
  void failed(String error, Instant now, RetryPolicy policy) {
    attempts++;
    lastFailedAt = now;
    lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    if (attempts >= policy.maxAttempts()) {
      status = Status.DEAD;
      nextAttemptAt = null;
    } else {
      status = Status.RETRYING;
      nextAttemptAt = now.plus(policy.delayAfter(attempts));
    }
  }

  /** An admin's replay: a fresh round of attempts, starting now. */
  void replay(Instant now) {
    attempts = 0;
    status = Status.RETRYING;
    nextAttemptAt = now;
  }

  public Long id() {
    return id;
  }

  public String consumer() {
    return consumer;
  }

  public String eventId() {
    return eventId;
  }

  public String type() {
    return type;
  }

  public int attempts() {
    return attempts;
  }

  public Status status() {
    return status;
  }

  public String lastError() {
    return lastError;
  }

  public Instant firstFailedAt() {
    return firstFailedAt;
  }

  public Instant lastFailedAt() {
    return lastFailedAt;
  }

  public EventEnvelope envelope() {
    return EventJson.fromJson(envelope);
  }

  /** How often and how patiently a failing handler is retried. */
  public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    Duration delayAfter(int attempts) {
      var delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }
}
