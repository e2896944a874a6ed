package org.meridianshop.platform.cache;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes each region's hits and misses on {@code /metrics} ({@code cache_hits} and {@code
 * cache_misses}, tagged with the region) from the first time the region is used, so the hit ratio
 * of every cache can be watched and graphed without knowing the regions in advance.
 */
class MeteredCacheStore implements CacheStore {

  private static final Metadata HITS =
      Metadata.builder()
          .withName("cache.hits")
          .withDescription("Reads this server found in the cache")
          .build();
  private static final Metadata MISSES =
      Metadata.builder()
          .withName("cache.misses")
          .withDescription("Reads this server had to load (absent, expired or cache unreachable)")
          .build();

  private final CacheStore store;
  private final MetricRegistry metrics;
  private final Set<String> published = ConcurrentHashMap.newKeySet();

  MeteredCacheStore(CacheStore store, MetricRegistry metrics) {
    this.store = store;
    this.metrics = metrics;
  }

  @Override
  public <V> V get(String region, String key, Duration ttl, Supplier<V> loader) {
    if (published.add(region)) {
      var tag = new Tag("region", region);
      // the gauges read this store, which lives as long as the application: metric registries
      // may hold the object a gauge reads only weakly
      metrics.gauge(HITS, this, self -> self.statistics(region).hits(), tag);
      metrics.gauge(MISSES, this, self -> self.statistics(region).misses(), tag);
    }
    return store.get(region, key, ttl, loader);
  }

  @Override
  public void evict(String region, String key) {
    store.evict(region, key);
  }

  @Override
  public void evictAll(String region) {
    store.evictAll(region);
  }

  @Override
  public CacheStatistics statistics(String region) {
    return store.statistics(region);
  }
}
