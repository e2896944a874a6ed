package org.meridianshop.platform.events.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** That a probe was handled, when, and in which order relative to the others. */
@Entity
@Table(name = "event_probe_receipt")
public class ProbeReceipt {

  @EmbeddedId private Key key;
  private String aggregateId;
  private Instant sentAt;
  private Instant handledAt;

  @Column(insertable = false, updatable = false)
  private Long handledOrder;

  protected ProbeReceipt() {}

  ProbeReceipt(ProbeSent probe, Instant sentAt, Instant handledAt) {
    this.key = new Key(probe.batchId(), probe.sequence());
    this.aggregateId = probe.aggregateId();
    this.sentAt = sentAt;
    this.handledAt = handledAt;
  }

  int sequence() {
    return key.sequenceNo();
  }

  String aggregateId() {
    return aggregateId;
  }

  Duration latency() {
    return Duration.between(sentAt, handledAt);
  }

  /** Batch and sequence number. */
  @Embeddable
  public record Key(String batchId, int sequenceNo) implements Serializable {}
}
