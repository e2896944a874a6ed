package org.meridianshop.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.search.mapper.orm.Search;
import org.meridianshop.catalog.Product;

/**
 * Writes one product's document again in this server's index from what the database holds now (or
 * removes it when the product is gone), then drops the cached search answers. Doing it twice does
 * no harm, so a repeated delivery needs no record of what was done.
 */
@ApplicationScoped
@Transactional
public class ProductReindexing {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  public void reindex(long productId) {
    var plan = Search.session(em).indexingPlan();
    // read only: reindexing must never write the product back, even unchanged
    var product = em.find(Product.class, productId, Map.of(HibernateHints.HINT_READ_ONLY, true));
    if (product == null) {
      plan.purge(Product.class, productId, null);
    } else {
      plan.addOrUpdate(product);
    }
    SearchCacheEviction.evictWhenCommitted();
  }
}
