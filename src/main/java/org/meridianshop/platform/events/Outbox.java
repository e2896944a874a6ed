package org.meridianshop.platform.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;

/**
 * Where a capability records the events its change causes. The event is written in the caller's
 * transaction, so it exists exactly when the change does; once that transaction commits the relay
 * is woken to publish it.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject OutboxRelay relay;

  private final Clock clock = Clock.systemUTC();

  @Transactional(TxType.MANDATORY)
  public EventEnvelope record(DomainEvent event) {
    var envelope = EventJson.envelope(event, clock.instant());
    em.persist(new OutboxEvent(envelope));
    transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
    return envelope;
  }

  private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        relay.wakeUp();
      }
    }
  }
}
