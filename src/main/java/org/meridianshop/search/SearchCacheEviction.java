package org.meridianshop.search;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.meridianshop.catalog.Product;
import org.meridianshop.platform.cache.DeferredEvictions;

/**
 * Drops cached search answers once a change to a product, brand or category commits (an edit, a
 * status change, stock copied from inventory), so cached queries never show a product older than
 * the index does (see {@link QueryCacheEvictions}). A stock count that results do not show waits
 * for a deferred eviction instead. Hooked to the catalog's Product entity in META-INF/orm.xml, so
 * the catalog does not know about it.
 */
public class SearchCacheEviction {

  @PostPersist
  @PostUpdate
  @PostRemove
  void catalogChanged(Object entity) {
    if (entity instanceof Product product && product.onlyUnlistedStockChanged()) {
      // the index and the cards in cached results are as before; only a count in the JSON moved
      CDI.current()
          .select(DeferredEvictions.class)
          .get()
          .evictAllWithin(ProductSearch.QUERIES, DeferredEvictions.ALLOWANCE);
      return;
    }
    evictWhenCommitted();
  }

  /** Evicts once the current transaction commits, or now when there is none. */
  static void evictWhenCommitted() {
    try {
      var registry =
          (TransactionSynchronizationRegistry)
              new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
      if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
        registry.registerInterposedSynchronization(new AfterCommit());
        return;
      }
    } catch (NamingException | IllegalStateException e) {
      // no transaction to wait for: evict now
    }
    evict();
  }

  private static void evict() {
    CDI.current().select(QueryCacheEvictions.class).get().changeCommitted();
  }

  private static final class AfterCommit implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        evict();
      }
    }
  }
}
