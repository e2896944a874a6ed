package org.meridianshop.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.meridianshop.platform.cache.CacheStore;
import org.meridianshop.platform.events.Outbox;

/**
 * Drops the catalog's cached lists and products once an administrator's change commits, on every
 * server (the cache store is shared at scale). Evicting earlier would let a reader cache the old
 * state again before the commit. Announces which products changed ({@link ProductChanged}), for
 * what each server keeps of them on its own.
 */
@ApplicationScoped
public class CatalogChanges {

  @Inject CacheStore cache;
  @Inject Outbox outbox;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  /** Called inside the transaction that changes the catalog. */
  void evictAfterCommit() {
    transactions.registerInterposedSynchronization(new EvictAfterCommit(cache));
  }

  /** Called inside the transaction that changes what shoppers see of the product. */
  void announce(Product product) {
    outbox.record(new ProductChanged(product.id()));
  }

  /** A brand's products show its name. */
  void announceProductsOf(Brand brand) {
    announce(
        em.createQuery("select p.id from Product p where p.brand = :brand", Long.class)
            .setParameter("brand", brand)
            .getResultList());
  }

  /** A category's products show its name, an aisle's products also its department's slug. */
  void announceProductsOf(Category category) {
    announce(
        em.createQuery(
                "select p.id from Product p where p.category = :category"
                    + " or p.category.parent = :category",
                Long.class)
            .setParameter("category", category)
            .getResultList());
  }

  private void announce(List<Long> productIds) {
    productIds.forEach(id -> outbox.record(new ProductChanged(id)));
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
