package org.meridianshop.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridianshop.platform.cache.CacheStore;

/**
 * Empties the query cache when an indexed change commits, and once more a few seconds later. The
 * second eviction is for indexes that follow the commit asynchronously (outbox-polling
 * coordination, an Elasticsearch refresh): a search between the commit and the index catching up
 * would otherwise cache the old answer for the cache's whole lifetime. A burst of changes shares
 * one late eviction, which waits until the burst's last change is {@link #INDEX_LAG} old.
 */
@ApplicationScoped
public class QueryCacheEvictions {

  /** How long after a commit the index is taken to show it (polling, indexing, refresh). */
  static final Duration INDEX_LAG = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger(QueryCacheEvictions.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject CacheStore cache;

  private final AtomicLong lastChange = new AtomicLong();
  private final AtomicBoolean latePending = new AtomicBoolean();

  void changeCommitted() {
    evict();
    lastChange.set(System.nanoTime());
    if (latePending.compareAndSet(false, true)) {
      scheduleLateEviction();
    }
  }

  private void scheduleLateEviction() {
    var scheduledAt = System.nanoTime();
    try {
      scheduler.schedule(() -> evictLate(scheduledAt), INDEX_LAG.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      latePending.set(false);
      LOG.log(Level.FINE, "Server stopping: no late eviction of cached searches", e);
    }
  }

  private void evictLate(long scheduledAt) {
    try {
      evict();
    } finally {
      latePending.set(false);
      if (lastChange.get() - scheduledAt > 0 && latePending.compareAndSet(false, true)) {
        scheduleLateEviction();
      }
    }
  }

  private void evict() {
    cache.evictAll(ProductSearch.QUERIES);
  }
}
