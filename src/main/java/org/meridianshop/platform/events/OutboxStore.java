package org.meridianshop.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The relay's view of the outbox. Partitions are claimed with a lease: a server publishes only the
 * partitions it holds, so no event is published by two servers at the same time and one aggregate's
 * events go out in order. A server that dies loses its partitions when the lease runs out. Each
 * call is its own short transaction.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class OutboxStore {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Takes the free and expired partitions, renews this server's own, and lists them. */
  @SuppressWarnings("unchecked")
  public List<Integer> claimPartitions(String owner, Instant now, Duration lease) {
    em.createNativeQuery(
            "update outbox_partition set owner = ?1, lease_until = ?2"
                + " where owner is null or owner = ?1 or lease_until < ?3")
        .setParameter(1, owner)
        .setParameter(2, now.plus(lease))
        .setParameter(3, now)
        .executeUpdate();
    return ((List<Number>)
            em.createNativeQuery(
                    "select partition_no from outbox_partition where owner = ?1 order by partition_no")
                .setParameter(1, owner)
                .getResultList())
        .stream().map(Number::intValue).toList();
  }

  public void releasePartitions(String owner) {
    em.createNativeQuery(
            "update outbox_partition set owner = null, lease_until = null where owner = ?1")
        .setParameter(1, owner)
        .executeUpdate();
  }

  /** The oldest unpublished events of a partition, in the order they were recorded. */
  public List<OutboxEvent> unpublished(int partition, int limit) {
    return em.createQuery(
            "select e from OutboxEvent e where e.partitionNo = :partition and e.publishedAt is null"
                + " order by e.id",
            OutboxEvent.class)
        .setParameter("partition", partition)
        .setMaxResults(limit)
        .getResultList();
  }

  public void markPublished(List<Long> ids, Instant at) {
    if (!ids.isEmpty()) {
      em.createQuery("update OutboxEvent e set e.publishedAt = :at where e.id in :ids")
          .setParameter("at", at)
          .setParameter("ids", ids)
          .executeUpdate();
    }
  }

  public void publishFailed(long id, String error) {
    var event = em.find(OutboxEvent.class, id);
    if (event != null) {
      event.publishFailed(error);
    }
  }

  /** How long the oldest unpublished event has waited; zero when none waits. */
  @Transactional(TxType.SUPPORTS)
  public Duration oldestUnpublishedAge() {
    var oldest =
        em.createQuery(
                "select min(e.occurredAt) from OutboxEvent e where e.publishedAt is null",
                Instant.class)
            .getSingleResult();
    return oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now());
  }

  @Transactional(TxType.SUPPORTS)
  public long backlog() {
    return em.createQuery(
            "select count(e) from OutboxEvent e where e.publishedAt is null", Long.class)
        .getSingleResult();
  }
}
