package org.meridianshop.platform.cache;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A port for read-through caches with a time to live. Values are grouped in named regions so a
 * change can evict one entry or a whole region. The embedded shop keeps them in this JVM; at scale
 * they live in Redis and are shared by every server, so a value must be {@link
 * java.io.Serializable} and made only of the shop's own classes (records, typically) and the JDK's
 * value types: strings, numbers, {@code BigDecimal}, {@code java.time}, collections. Anything else
 * is not read back from Redis (see {@code ShopValueCodec}).
 */
public interface CacheStore {

  /** The cached value for the key, or the loader's value, which is then kept for {@code ttl}. */
  <V> V get(String region, String key, Duration ttl, Supplier<V> loader);

  void evict(String region, String key);

  void evictAll(String region);

  /** Hits and misses since start, to measure how well a region works. */
  CacheStatistics statistics(String region);

  record CacheStatistics(long hits, long misses) {
    public double hitRatio() {
      var total = hits + misses;
      return total == 0 ? 0 : (double) hits / total;
    }
  }
}
