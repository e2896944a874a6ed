package org.meridianshop.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * Runs one handler on one event in a new transaction that also records the event as handled. If the
 * handler already handled it, nothing runs; if two deliveries race, the record's primary key lets
 * only one commit.
 */
@ApplicationScoped
public class HandlingTransaction {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Whether the handler ran (false: it had handled this event before). */
  @Transactional(TxType.REQUIRES_NEW)
  public <E extends DomainEvent> boolean handleOnce(
      EventHandler<E> handler, EventEnvelope envelope) {
    var eventId = envelope.eventId().toString();
    if (em.find(ProcessedEvent.class, new ProcessedEvent.Key(handler.consumer(), eventId))
        != null) {
      return false;
    }
    handler.handle(EventJson.payload(envelope, handler.eventType()), envelope);
    em.persist(new ProcessedEvent(handler.consumer(), eventId, Instant.now()));
    em.flush();
    return true;
  }
}
