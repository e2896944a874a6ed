package org.meridianshop.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the broker and the outbox. A broker outage alone does not make the shop unready, since
 * the outbox keeps every event until the broker is back; an outbox whose oldest event has waited
 * longer than the seed's five-minute bound for asynchronous work does.
 */
@Readiness
@ApplicationScoped
public class EventBackboneReadiness implements HealthCheck {

  static final Duration MAX_DELAY = Duration.ofMinutes(5);

  @Inject EventTransport transport;
  @Inject OutboxStore outbox;

  @Override
  public HealthCheckResponse call() {
    var oldest = outbox.oldestUnpublishedAge();
    return HealthCheckResponse.named("event-backbone")
        .status(oldest.compareTo(MAX_DELAY) < 0)
        .withData("transport", transport.name())
        .withData("brokerAvailable", transport.isAvailable())
        .withData("outboxBacklog", outbox.backlog())
        .withData("oldestUnpublishedSeconds", oldest.toSeconds())
        .build();
  }
}
