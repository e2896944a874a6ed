package org.meridianshop.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.meridianshop.catalog.ProductRatings;
import org.meridianshop.order.ReceivedProducts;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.ForbiddenException;
import org.meridianshop.platform.errors.InvalidInputException;

/**
 * Writes and reads product reviews. Only a customer who received the product may review it, and
 * only once; the product's rating and review count are recomputed from its reviews in the same
 * transaction, with the product row locked so concurrent reviews all count.
 */
@ApplicationScoped
@Transactional
public class Reviews {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject ProductRatings ratings;
  @Inject ReceivedProducts received;

  private final Clock clock = Clock.systemUTC();

  public ReviewView write(
      String accountId, long productId, Integer rating, String title, String body) {
    var account = UUID.fromString(accountId);
    ratings.lockForReview(productId);
    var review = Review.write(productId, account, rating, title, body, clock.instant());
    if (!received.received(account, productId)) {
      throw new ForbiddenException("Only customers who received this product may review it.");
    }
    if (hasReviewed(account, productId)) {
      throw new ConflictException("You have already reviewed this product.");
    }
    em.persist(review);
    var tally =
        em.createQuery(
                "select coalesce(sum(r.rating), 0), count(r) from Review r"
                    + " where r.productId = :product",
                Object[].class)
            .setParameter("product", productId)
            .getSingleResult();
    ratings.follow(productId, ((Number) tally[0]).longValue(), ((Number) tally[1]).intValue());
    return ReviewView.of(review);
  }

  /** A page of the product's reviews, newest first. */
  public Page<ReviewView> of(long productId, int page, int size) {
    if (page < 1 || size < 1 || size > Page.MAX_SIZE) {
      throw new InvalidInputException("size", "Pages start at 1 and hold 1 to 100 reviews.");
    }
    var items =
        em.createQuery(
                "select r from Review r where r.productId = :product"
                    + " order by r.createdAt desc, r.id desc",
                Review.class)
            .setParameter("product", productId)
            .setFirstResult((page - 1) * size)
            .setMaxResults(size)
            .getResultStream()
            .map(ReviewView::of)
            .toList();
    var total =
        em.createQuery("select count(r) from Review r where r.productId = :product", Long.class)
            .setParameter("product", productId)
            .getSingleResult();
    return new Page<>(items, page, size, total);
  }

  /** Whether the customer may review the product now: received it and not reviewed it yet. */
  public boolean mayReview(String accountId, long productId) {
    var account = UUID.fromString(accountId);
    return received.received(account, productId) && !hasReviewed(account, productId);
  }

  private boolean hasReviewed(UUID account, long productId) {
    return em.createQuery(
                "select count(r) from Review r where r.accountId = :account"
                    + " and r.productId = :product",
                Long.class)
            .setParameter("account", account)
            .setParameter("product", productId)
            .getSingleResult()
        > 0;
  }
}
