package org.meridianshop.search;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One search as it was asked: the words, the filters, how many products matched, who and when. */
@Entity
@Table(name = "search_log")
public class SearchLogEntry {

  private static final int MAX_FILTERS = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String query;
  private String normalizedQuery;
  private String filters;
  private long resultCount;
  private String accountId;
  private Instant searchedAt;

  protected SearchLogEntry() {}

  SearchLogEntry(SearchQuery search, long resultCount, String accountId, Instant searchedAt) {
    this.query = search.text();
    this.normalizedQuery = search.normalizedText();
    var key = search.filters().cacheKey();
    this.filters = key.length() > MAX_FILTERS ? key.substring(0, MAX_FILTERS) : key;
    this.resultCount = resultCount;
    this.accountId = accountId;
    this.searchedAt = searchedAt;
  }
}
