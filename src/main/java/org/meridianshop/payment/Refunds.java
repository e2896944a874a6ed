package org.meridianshop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Which orders were paid back, for reports: a refund is always of the whole payment. */
@ApplicationScoped
@Transactional
public class Refunds {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** The orders among these whose payment was refunded. */
  public Set<String> refundedAmong(Collection<String> orderIds) {
    var refunded = new HashSet<String>();
    if (orderIds.isEmpty()) {
      return refunded;
    }
    em.createQuery(
            "select p.orderId from Payment p where p.orderId in :orders and p.status = :refunded",
            UUID.class)
        .setParameter("orders", orderIds.stream().map(UUID::fromString).toList())
        .setParameter("refunded", PaymentStatus.REFUNDED)
        .getResultList()
        .forEach(id -> refunded.add(id.toString()));
    return refunded;
  }
}
