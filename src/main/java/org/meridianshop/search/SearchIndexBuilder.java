package org.meridianshop.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.meridianshop.catalog.Product;

/**
 * Builds the product index at start when it is missing or empty (a new server, a deleted index
 * folder, the first start against a new cluster) while products exist, before the shop serves
 * requests. Later changes reach the index as their transactions commit.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexBuilder {

  private static final Logger LOG = Logger.getLogger(SearchIndexBuilder.class.getName());

  @PersistenceUnit(unitName = "shop")
  EntityManagerFactory factory;

  @PostConstruct
  void buildWhenMissing() {
    try (var em = factory.createEntityManager()) {
      var session = Search.session(em);
      var indexed = session.search(Product.class).where(f -> f.matchAll()).fetchTotalHitCount();
      var stored = em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
      if (indexed > 0 || stored == 0) {
        LOG.info(() -> "Search index holds " + indexed + " of " + stored + " products");
        return;
      }
      var started = System.nanoTime();
      session.massIndexer(Product.class).threadsToLoadObjects(1).startAndWait();
      var millis = (System.nanoTime() - started) / 1_000_000;
      LOG.info(() -> "Search index built for " + stored + " products in " + millis + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Search index build interrupted", e);
    }
  }
}
