package org.meridianshop.platform.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.meridianshop.platform.events.EventTransport.EventPublishingException;

/**
 * Publishes committed outbox events. It is woken right after each commit that recorded events and
 * by a periodic sweep (the safety net for wake-ups lost to a crash or a broker outage). One pass
 * runs at a time per server; it publishes the partitions this server holds, oldest event first, and
 * stops at the first refusal so nothing overtakes an event that is still waiting.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  static final Duration LEASE = Duration.ofSeconds(30);
  private static final int BATCH = 200;

  @Inject OutboxStore store;
  @Inject EventTransport transport;
  @Inject MetricRegistry metrics;

  @Resource ManagedExecutorService executor;

  private final String owner = "relay-" + UUID.randomUUID();
  private final Clock clock = Clock.systemUTC();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean requested = new AtomicBoolean();

  /** Asks for a pass soon; wake-ups during a pass make it go round once more. */
  public void wakeUp() {
    requested.set(true);
    if (running.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  /** Gives up this server's partitions so another server takes them over at once. */
  public void stop() {
    try {
      store.releasePartitions(owner);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Partitions not released; their leases will run out", e);
    }
  }

  private void drain() {
    try {
      while (requested.getAndSet(false)) {
        relayOnce();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox relay pass failed; the sweep will try again", e);
    } finally {
      running.set(false);
    }
    if (requested.get()) {
      wakeUp();
    }
  }

  private void relayOnce() {
    try {
      for (var partition : store.claimPartitions(owner, clock.instant(), LEASE)) {
        publishPartition(partition);
      }
    } catch (EventPublishingException e) {
      LOG.warning(() -> "Publishing paused until the broker answers: " + e.getMessage());
    }
  }

  private void publishPartition(int partition) throws EventPublishingException {
    while (true) {
      var batch = store.unpublished(partition, BATCH);
      var published = new ArrayList<Long>();
      try {
        for (var event : batch) {
          var envelope = event.envelope();
          try {
            transport.publish(envelope);
          } catch (EventPublishingException e) {
            store.publishFailed(event.id(), e.getMessage());
            throw new EventPublishingException(
                "event " + envelope.eventId() + " (" + envelope.type() + ") not published", e);
          }
          published.add(event.id());
          metrics
              .timer("outbox.publish.latency")
              .update(Duration.between(envelope.occurredAt(), clock.instant()));
        }
      } finally {
        store.markPublished(published, clock.instant());
      }
      if (batch.size() < BATCH) {
        return;
      }
    }
  }
}
