package org.meridianshop.platform.events;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;

/** The record that a consumer has handled an event, so a redelivery changes nothing. */
@Entity
public class ProcessedEvent {

  @EmbeddedId private Key key;
  private Instant processedAt;

  protected ProcessedEvent() {}

  ProcessedEvent(String consumer, String eventId, Instant processedAt) {
    this.key = new Key(consumer, eventId);
    this.processedAt = processedAt;
  }

  /** Consumer and event id. */
  @Embeddable
  public record Key(String consumer, String eventId) implements Serializable {}
}
