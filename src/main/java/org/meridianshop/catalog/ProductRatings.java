package org.meridianshop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * Keeps a product's rating and review count in step with its reviews, in the transaction that
 * stores a review, and drops the cached views once it commits. The product row is locked first, so
 * two reviews committing together both count.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ProductRatings {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject CatalogChanges changes;

  /** Locks the product a review is about to be added to; 404 when no shopper can see it. */
  public void lockForReview(long productId) {
    var product = em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE);
    if (product == null || !product.isVisibleToShoppers()) {
      throw new NotFoundException("There is no product '" + productId + "'.");
    }
  }

  /** Takes the reviews' new tally (sum of ratings, count) as the product's rating. */
  public void follow(long productId, long ratingsTotal, int reviews) {
    var product = em.find(Product.class, productId);
    product.rate(ratingsTotal, reviews);
    changes.evictAfterCommit();
    changes.announce(product);
  }
}
