package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.events.Outbox;

/**
 * The notifications table as a queue: notifications join it in the transaction of the event that
 * causes them, and delivery workers claim the due ones, most urgent first, for one attempt at a
 * time. Locked rows are skipped (on PostgreSQL), so several servers share the work without taking
 * the same notification.
 */
@ApplicationScoped
public class NotificationQueue {

  /** Skip rows another transaction has locked (Hibernate's value for SKIP LOCKED). */
  private static final int SKIP_LOCKED = -2;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject Outbox outbox;
  @Inject DeliveryRetries retries;

  /** Adds a notification unless this event already made one for this channel and recipient. */
  @Transactional(TxType.MANDATORY)
  public boolean add(Notification notification) {
    var existing =
        em.createQuery(
                "select count(n) from Notification n where n.eventId = :eventId"
                    + " and n.channel = :channel and n.recipient = :recipient",
                Long.class)
            .setParameter("eventId", notification.eventId())
            .setParameter("channel", notification.channel())
            .setParameter("recipient", notification.recipient())
            .getSingleResult();
    if (existing > 0) {
      return false;
    }
    em.persist(notification);
    return true;
  }

  /** Claims up to {@code limit} due notifications, critical first, oldest first within one. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Notification> claimDue(int limit, Instant now, Duration hold) {
    var due =
        em.createQuery(
                "from Notification where (status = :queued and nextAttemptAt <= :now)"
                    + " or (status = :sending and claimedUntil < :now)"
                    + " order by priority, nextAttemptAt",
                Notification.class)
            .setParameter("queued", NotificationStatus.QUEUED)
            .setParameter("sending", NotificationStatus.SENDING)
            .setParameter("now", now)
            .setMaxResults(limit)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
            .getResultList();
    due.forEach(notification -> notification.claim(now, hold));
    return due;
  }

  /** Records the delivery and announces it with {@code notification.sent}. */
  @Transactional(TxType.REQUIRES_NEW)
  public void delivered(UUID id, Instant now) {
    var notification = find(id);
    notification.delivered(now);
    outbox.record(NotificationSent.of(notification));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public Notification failed(UUID id, DeliveryFailedException failure, Instant now) {
    var notification = find(id);
    notification.failed(failure.getMessage(), failure.permanent(), retries, now);
    return notification;
  }

  @Transactional(TxType.REQUIRED)
  public Notification resend(UUID id, Instant now) {
    var notification = find(id);
    notification.resend(now);
    return notification;
  }

  @Transactional(TxType.SUPPORTS)
  public Notification find(UUID id) {
    return Optional.ofNullable(em.find(Notification.class, id))
        .orElseThrow(() -> new NotFoundException("No such notification."));
  }
}
