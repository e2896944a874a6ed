package org.meridianshop.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridianshop.platform.errors.NotFoundException;

/** Handler failures: recorded with backoff, found when due, listed and replayed as dead letters. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class EventFailures {

  private static final Logger LOG = Logger.getLogger(EventFailures.class.getName());

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "events.retry.max-attempts", defaultValue = "6")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "events.retry.first-delay", defaultValue = "PT2S")
  Duration firstDelay;

  @Inject
  @ConfigProperty(name = "events.retry.max-delay", defaultValue = "PT10M")
  Duration maxDelay;

  private final Clock clock = Clock.systemUTC();

  public void failed(String consumer, EventEnvelope envelope, Throwable error) {
    var now = clock.instant();
    var existing = find(consumer, envelope.eventId().toString());
    var failure = existing.orElseGet(() -> new FailedEvent(consumer, envelope, now));
    failure.failed(
        describe(error), now, new FailedEvent.RetryPolicy(maxAttempts, firstDelay, maxDelay));
    if (existing.isEmpty()) {
      em.persist(failure);
    }
    LOG.warning(
        () ->
            "Consumer "
                + consumer
                + " failed on event "
                + envelope.eventId()
                + " ("
                + envelope.type()
                + "), attempt "
                + failure.attempts()
                + ", now "
                + failure.status()
                + ": "
                + failure.lastError());
  }

  /** The consumer has handled the event at last: it is no longer a failure. */
  public void resolved(String consumer, String eventId) {
    find(consumer, eventId).ifPresent(em::remove);
  }

  public List<FailedEvent> due(int limit) {
    return em.createQuery(
            "select f from FailedEvent f where f.status = :retrying and f.nextAttemptAt <= :now"
                + " order by f.nextAttemptAt",
            FailedEvent.class)
        .setParameter("retrying", FailedEvent.Status.RETRYING)
        .setParameter("now", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }

  public List<FailedEvent> deadLetters() {
    return em.createQuery(
            "select f from FailedEvent f where f.status = :dead order by f.lastFailedAt desc",
            FailedEvent.class)
        .setParameter("dead", FailedEvent.Status.DEAD)
        .getResultList();
  }

  public long deadLetterCount() {
    return em.createQuery("select count(f) from FailedEvent f where f.status = :dead", Long.class)
        .setParameter("dead", FailedEvent.Status.DEAD)
        .getSingleResult();
  }

  public FailedEvent replay(long id) {
    var failure = em.find(FailedEvent.class, id);
    if (failure == null || failure.status() != FailedEvent.Status.DEAD) {
      throw new NotFoundException("There is no dead letter " + id + ".");
    }
    failure.replay(clock.instant());
    return failure;
  }

  private Optional<FailedEvent> find(String consumer, String eventId) {
    return em.createQuery(
            "select f from FailedEvent f where f.consumer = :consumer and f.eventId = :eventId",
            FailedEvent.class)
        .setParameter("consumer", consumer)
        .setParameter("eventId", eventId)
        .getResultStream()
        .findFirst();
  }

  private static String describe(Throwable error) {
    var root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
