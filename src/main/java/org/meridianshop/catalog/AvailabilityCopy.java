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
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/**
 * Keeps the catalog's copy of each product's available quantity in step with inventory, and evicts
 * the cached views that show it. Events of one product arrive in order; the copy takes the total
 * each event carries, so a redelivery changes nothing.
 */
@ApplicationScoped
public class AvailabilityCopy implements EventHandler<StockAvailabilityChanged> {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject CacheStore cache;
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
    if (product == null || !product.copyAvailableQuantity(event.productAvailable())) {
      return;
    }
    changes.announce(product);
    // after the commit: evicting earlier would let a reader cache the old copy again
    transactions.registerInterposedSynchronization(
        new EvictAfterCommit(cache, product.id(), product.slug()));
  }

  private record EvictAfterCommit(CacheStore cache, long productId, String slug)
      implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        cache.evict(Catalog.PRODUCTS, "id:" + productId);
        cache.evict(Catalog.PRODUCTS, "slug:" + slug);
        // listings filter and label by stock, and any of them may show this product
        cache.evictAll(Catalog.LISTS);
      }
    }
  }
}
