package org.meridianshop.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** The event backbone's gauges on {@code /metrics}; publish latency is timed by the relay. */
@ApplicationScoped
public class EventMetrics {

  @Inject OutboxStore outbox;
  @Inject EventFailures failures;

  /** Gauges are registered when the bean is made: make it at start, not at first use. */
  void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  @Gauge(
      name = "outbox.backlog",
      unit = "events",
      absolute = true,
      description = "Events recorded but not yet published")
  public long outboxBacklog() {
    return outbox.backlog();
  }

  @Gauge(
      name = "events.dead.letters",
      unit = "events",
      absolute = true,
      description = "Events a consumer gave up on, waiting for an admin")
  public long deadLetters() {
    return failures.deadLetterCount();
  }
}
