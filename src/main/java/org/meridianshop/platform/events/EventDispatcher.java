package org.meridianshop.platform.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Hands a delivered event to every handler of its type, each on its own, so one consumer's failure
 * neither blocks nor repeats another's work. Transports call {@link #dispatch}; a failed handling
 * is recorded for a retry rather than thrown back at the broker.
 */
@ApplicationScoped
public class EventDispatcher {

  private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());

  @Inject @Any Instance<EventHandler<?>> handlers;
  @Inject HandlingTransaction handling;
  @Inject EventFailures failures;

  private Map<String, List<EventHandler<?>>> handlersByType;

  @PostConstruct
  void indexHandlers() {
    handlersByType =
        StreamSupport.stream(handlers.spliterator(), false)
            .collect(
                Collectors.groupingBy(handler -> DomainEvent.nameOf(handler.eventType()).value()));
  }

  /** The event types some consumer handles: what a transport needs to subscribe to. */
  public Set<String> handledTypes() {
    return handlersByType.keySet();
  }

  public void dispatch(EventEnvelope envelope) {
    for (var handler : handlersByType.getOrDefault(envelope.type(), List.of())) {
      try {
        if (handling.handleOnce(handler, envelope)) {
          LOG.fine(() -> handler.consumer() + " handled event " + envelope.eventId());
        }
      } catch (RuntimeException e) {
        failures.failed(handler.consumer(), envelope, e);
      }
    }
  }

  /** Another attempt at an event a consumer failed to handle before. */
  public void retry(FailedEvent failure) {
    var envelope = failure.envelope();
    var handler = handler(failure.consumer(), envelope.type());
    if (handler.isEmpty()) {
      failures.failed(
          failure.consumer(),
          envelope,
          new IllegalStateException("No consumer " + failure.consumer() + " any more"));
      return;
    }
    try {
      handling.handleOnce(handler.get(), envelope);
      failures.resolved(failure.consumer(), failure.eventId());
    } catch (RuntimeException e) {
      failures.failed(failure.consumer(), envelope, e);
    }
  }

  private Optional<EventHandler<?>> handler(String consumer, String type) {
    return handlersByType.getOrDefault(type, List.of()).stream()
        .filter(h -> h.consumer().equals(consumer))
        .findFirst();
  }
}
