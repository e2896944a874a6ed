package org.meridianshop.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.meridianshop.platform.cache.CacheStore;

/**
 * Drops the catalog's cached lists and products once an administrator's change commits, on every
 * server (the cache store is shared at scale). Evicting earlier would let a reader cache the old
 * state again before the commit.
 */
@ApplicationScoped
public class CatalogChanges {

  @Inject CacheStore cache;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  /** Called inside the transaction that changes the catalog. */
  void evictAfterCommit() {
    transactions.registerInterposedSynchronization(new EvictAfterCommit(cache));
  }

  private record EvictAfterCommit(CacheStore cache) implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        cache.evictAll(Catalog.LISTS);
        cache.evictAll(Catalog.PRODUCTS);
      }
    }
  }
}
