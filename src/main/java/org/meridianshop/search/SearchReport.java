package org.meridianshop.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What shoppers searched for over the last days: the most frequent queries, and those that found
 * nothing (the words the catalog or its synonyms are missing).
 */
@ApplicationScoped
@Transactional
public class SearchReport {

  static final int TOP = 20;

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  private final Clock clock = Clock.systemUTC();

  public Summary lastDays(int days) {
    var since = clock.instant().minus(Duration.ofDays(days));
    return new Summary(days, count(since), top("", since), top(" and e.resultCount = 0", since));
  }

  private long count(Instant since) {
    return em.createQuery(
            "select count(e) from SearchLogEntry e where e.searchedAt >= :since", Long.class)
        .setParameter("since", since)
        .getSingleResult();
  }

  private List<QueryCount> top(String condition, Instant since) {
    return em.createQuery(
            "select new org.meridianshop.search.SearchReport$QueryCount(e.normalizedQuery, count(e))"
                + " from SearchLogEntry e where e.searchedAt >= :since and e.normalizedQuery <> ''"
                + condition
                + " group by e.normalizedQuery order by count(e) desc, e.normalizedQuery",
            QueryCount.class)
        .setParameter("since", since)
        .setMaxResults(TOP)
        .getResultList();
  }

  /** The report: searches in the period, the top queries and the top queries with no results. */
  public record Summary(
      int days, long searches, List<QueryCount> topQueries, List<QueryCount> noResults)
      implements Serializable {}

  public record QueryCount(String query, long count) implements Serializable {}
}
