package org.meridianshop.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores search log rows, each in its own transaction. */
@ApplicationScoped
@Transactional
public class SearchLogWriter {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  void write(SearchLogEntry entry) {
    em.persist(entry);
  }
}
