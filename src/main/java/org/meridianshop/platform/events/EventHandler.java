package org.meridianshop.platform.events;

/**
 * A consumer of one kind of event, written once for both transports. Implementations are CDI beans
 * in the capability that reacts. Each event is handled at most once per consumer (the handling and
 * its record commit together), however often the broker delivers it; a handler that throws is
 * retried with growing pauses and, after the last attempt, parked as a dead letter.
 */
public interface EventHandler<E extends DomainEvent> {

  /** A stable name for this consumer; it keys what it has already handled. */
  String consumer();

  Class<E> eventType();

  /** Runs in a transaction of its own, together with the record that this event was handled. */
  void handle(E event, EventEnvelope envelope);
}
