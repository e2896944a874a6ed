package org.meridianshop.platform.events;

/**
 * A port for the broker events travel through: Liberty's embedded messaging engine by default,
 * Kafka at scale. {@link #publish} returns only once the broker has the event, so the relay can
 * mark it published; it throws when the broker cannot take it, and the event stays in the outbox.
 */
public interface EventTransport {

  void publish(EventEnvelope envelope) throws EventPublishingException;

  /** Whether the broker answers now; reported by the readiness check. */
  boolean isAvailable();

  /** A short name for logs and health reports, e.g. {@code kafka}. */
  String name();

  /** The broker refused or did not confirm an event in time. */
  class EventPublishingException extends Exception {
    public EventPublishingException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
