package org.meridianshop.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.platform.cache.CacheStore;

/**
 * Product search as shoppers use it: results with facets, and suggestions while typing. Answers are
 * cached for five minutes in the shop's cache store (shared through Redis at scale) and dropped as
 * soon as a product changes ({@link SearchCacheEviction}); every search is logged for the report.
 */
@ApplicationScoped
public class ProductSearch {

  static final String QUERIES = "search.queries";
  static final Duration TTL = Duration.ofMinutes(5);

  @Inject ProductIndex index;
  @Inject Catalog catalog;
  @Inject FacetNames names;
  @Inject CacheStore cache;
  @Inject SearchLog log;

  /** One page of products matching the query, in base-currency prices; 404 for no category. */
  public SearchResults search(SearchQuery query) {
    var results = cache.get(QUERIES, "q:" + query.cacheKey(), TTL, () -> find(query));
    log.record(query, results.total());
    return results;
  }

  /** At most 8 brand, category and product names that start as typed (from 2 characters). */
  public List<String> suggest(String typed) {
    var text = typed == null ? "" : typed.strip();
    if (text.codePointCount(0, text.length()) < SearchAnalyzers.MIN_PREFIX) {
      return List.of();
    }
    var key = "s:" + text.toLowerCase(Locale.ROOT);
    return cache.get(QUERIES, key, TTL, () -> Suggestions.of(text, names, index));
  }

  private SearchResults find(SearchQuery query) {
    var filters = query.filters();
    var categorySlug =
        filters.category() == null ? null : catalog.category(filters.category()).slug();
    var hits = index.search(query, categorySlug);
    return new SearchResults(
        catalog.summaries(hits.ids()),
        filters.page(),
        filters.size(),
        hits.total(),
        names.facets(hits));
  }
}
