package org.meridianshop.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.meridianshop.platform.cache.CacheStore;
import org.meridianshop.platform.cache.DeferredEvictions;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/**
 * Keeps the catalog's copy of each product's available quantity in step with inventory, and evicts
 * the cached views that show it: the product's own at once, lists at once when their cards change
 * (stock status, a low count) and within {@link DeferredEvictions#ALLOWANCE} otherwise, so sales do
 * not empty every cached list many times a second. Events of one product arrive in order; the copy
 * takes the total each event carries, so a redelivery changes nothing.
 */
@ApplicationScoped
public class AvailabilityCopy implements EventHandler<StockAvailabilityChanged> {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject CacheStore cache;
  @Inject DeferredEvictions deferredEvictions;
  @Inject CatalogChanges changes;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Override
  public String consumer() {
    return "catalog-availability";
  }

  @Override
  public Class<StockAvailabilityChanged> eventType() {
    return StockAvailabilityChanged.class;
  }

  @Override
  public void handle(StockAvailabilityChanged event, EventEnvelope envelope) {
    var product = em.find(Product.class, event.productId());
    if (product == null) {
      return;
    }
    var change = product.copyAvailableQuantity(event.productAvailable());
    if (!change.any()) {
      return;
    }
    if (change.showsInLists()) {
      changes.announce(product);
    }
    // after the commit: evicting earlier would let a reader cache the old copy again
    transactions.registerInterposedSynchronization(
        new EvictAfterCommit(product.id(), product.slug(), change.showsInLists()));
  }

  private final class EvictAfterCommit implements Synchronization {
    private final long productId;
    private final String slug;
    private final boolean listsShowIt;

    EvictAfterCommit(long productId, String slug, boolean listsShowIt) {
      this.productId = productId;
      this.slug = slug;
      this.listsShowIt = listsShowIt;
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        return;
      }
      // any listing may show this product, but only a card that changed must be fresh at once;
      // lists go first, so whoever sees the new product page finds the lists evicted too
      if (listsShowIt) {
        cache.evictAll(Catalog.LISTS);
      } else {
        deferredEvictions.evictAllWithin(Catalog.LISTS, DeferredEvictions.ALLOWANCE);
      }
      cache.evict(Catalog.PRODUCTS, "id:" + productId);
      cache.evict(Catalog.PRODUCTS, "slug:" + slug);
    }
  }
}
