package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.platform.api.Page;

/**
 * Every notification the shop made, for administrators: searched by recipient, status and kind,
 * newest first, and resent on request (queued again with the content it had).
 */
@ApplicationScoped
public class NotificationHistory {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject NotificationQueue queue;
  @Inject NotificationDelivery delivery;

  /** What to look for; each part is optional. */
  public record Criteria(
      Optional<String> recipient,
      Optional<NotificationStatus> status,
      Optional<NotificationKind> kind) {}

  @Transactional(TxType.SUPPORTS)
  public Page<Notification> search(Criteria criteria, int page, int size) {
    var where = new ArrayList<String>();
    var parameters = new HashMap<String, Object>();
    criteria
        .recipient()
        .ifPresent(
            r -> {
              where.add("lower(recipient) like :recipient");
              parameters.put("recipient", "%" + r.trim().toLowerCase(Locale.ROOT) + "%");
            });
    criteria
        .status()
        .ifPresent(
            s -> {
              where.add("status = :status");
              parameters.put("status", s);
            });
    criteria
        .kind()
        .ifPresent(
            k -> {
              where.add("template = :template");
              parameters.put("template", k.template());
            });
    var filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    var items =
        bind(
                em.createQuery(
                    "from Notification" + filter + " order by createdAt desc, id",
                    Notification.class),
                parameters)
            .setFirstResult((page - 1) * size)
            .setMaxResults(size)
            .getResultList();
    var total =
        bind(em.createQuery("select count(*) from Notification" + filter, Long.class), parameters)
            .getSingleResult();
    return new Page<>(items, page, size, total);
  }

  @Transactional(TxType.SUPPORTS)
  public Notification notification(UUID id) {
    return queue.find(id);
  }

  /** Queues the notification again at once; it is sent as it was, to the same recipient. */
  public Notification resend(UUID id) {
    var notification = queue.resend(id, Instant.now());
    delivery.wakeUp();
    return notification;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, HashMap<String, Object> parameters) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
