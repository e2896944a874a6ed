package org.meridianshop.platform.events;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An event recorded with the change that caused it, waiting to be (or already) published. */
@Entity
public class OutboxEvent {

  /** Events are spread over this many partitions by aggregate id; see {@link OutboxStore}. */
  static final int PARTITIONS = 16;

  private static final int MAX_ERROR_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String eventId;
  private String type;
  private String aggregateId;
  private int partitionNo;
  private Instant occurredAt;
  private int schemaVersion;
  private String payload;
  private Instant publishedAt;
  private int publishAttempts;
  private String lastError;

  protected OutboxEvent() {}

  OutboxEvent(EventEnvelope envelope) {
    this.eventId = envelope.eventId().toString();
    this.type = envelope.type();
    this.aggregateId = envelope.aggregateId();
    this.partitionNo = partitionOf(envelope.aggregateId());
    this.occurredAt = envelope.occurredAt();
    this.schemaVersion = envelope.schemaVersion();
    this.payload = envelope.payload();
  }

  static int partitionOf(String aggregateId) {
    return Math.floorMod(aggregateId.hashCode(), PARTITIONS);
  }

  Long id() {
    return id;
  }

  EventEnvelope envelope() {
    return new EventEnvelope(
        UUID.fromString(eventId), type, schemaVersion, aggregateId, occurredAt, payload);
  }

  void publishFailed(String error) {
    publishAttempts++;
    lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
  }
}
