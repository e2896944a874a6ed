package org.meridianshop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Orders for reports (analytics), read a page at a time in the order they were placed, so a reader
 * can stop anywhere and carry on after the last order it saw. Read only.
 */
@ApplicationScoped
@Transactional
public class PlacedOrders {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Where a reader stands: after the order placed at {@code placedAt} with this id. */
  public record Position(Instant placedAt, String orderId) {}

  /**
   * Orders placed in {@code [from, to)} after the position (null: from the start), oldest first.
   */
  public List<PlacedOrder> placedBetween(Instant from, Instant to, Position after, int most) {
    var query =
        em.createQuery(
                "select o from Order o where o.placedAt >= :from and o.placedAt < :to"
                    + (after == null
                        ? ""
                        : " and (o.placedAt > :at or (o.placedAt = :at and o.id > :id))")
                    + " order by o.placedAt, o.id",
                Order.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(most);
    if (after != null) {
      query
          .setParameter("at", after.placedAt())
          .setParameter("id", UUID.fromString(after.orderId()));
    }
    return query.getResultList().stream().map(PlacedOrder::of).toList();
  }

  /** Which of these accounts had placed an order before {@code before}. */
  public Set<String> orderedBefore(Collection<String> accountIds, Instant before) {
    if (accountIds.isEmpty()) {
      return Set.of();
    }
    var earlier = new HashSet<String>();
    em.createQuery(
            "select distinct o.accountId from Order o"
                + " where o.accountId in :accounts and o.placedAt < :before",
            UUID.class)
        .setParameter("accounts", accountIds.stream().map(UUID::fromString).toList())
        .setParameter("before", before)
        .getResultList()
        .forEach(id -> earlier.add(id.toString()));
    return earlier;
  }

  /** Orders placed since {@code since}: how many, and the revenue of those paid so far. */
  public Activity since(Instant since) {
    var row =
        em.createQuery(
                "select count(o), sum(case when o.status in :paid then o.totalUsd else 0 end)"
                    + " from Order o where o.placedAt >= :since",
                Object[].class)
            .setParameter(
                "paid", Set.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED))
            .setParameter("since", since)
            .getSingleResult();
    return new Activity(
        ((Number) row[0]).longValue(), row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1]);
  }

  /** Orders now waiting for payment, whenever placed. */
  public long pending() {
    return em.createQuery("select count(o) from Order o where o.status = :pending", Long.class)
        .setParameter("pending", OrderStatus.PENDING)
        .getSingleResult();
  }

  public record Activity(long orders, BigDecimal revenueUsd) {}
}
