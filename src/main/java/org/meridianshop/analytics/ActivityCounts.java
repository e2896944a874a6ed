package org.meridianshop.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Counts of recorded visits and cart additions in a period, for the ETL. */
@ApplicationScoped
@Transactional
public class ActivityCounts {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Page views, distinct visitors and distinct carts that got an item. */
  public record Counts(long visits, long visitors, long carts) {}

  /** What shoppers did in {@code [from, to)}. */
  public Counts between(Instant from, Instant to) {
    var visits =
        (Object[])
            em.createNativeQuery(
                    "select count(*), count(distinct visitor_id) from analytics_visit"
                        + " where visited_at >= :from and visited_at < :to")
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    var carts =
        (Number)
            em.createNativeQuery(
                    "select count(distinct owner) from analytics_cart_addition"
                        + " where added_at >= :from and added_at < :to")
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    return new Counts(
        ((Number) visits[0]).longValue(), ((Number) visits[1]).longValue(), carts.longValue());
  }
}
