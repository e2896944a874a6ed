package org.meridianshop.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The embedded cache: one map per region in this JVM. Expired entries are replaced on read; a
 * region that grows past its bound is emptied, which is crude but keeps memory flat without a cache
 * library for the single-server case.
 */
public class InProcessCacheStore implements CacheStore {

  static final int MAX_ENTRIES_PER_REGION = 10_000;

  private final Map<String, Region> regions = new ConcurrentHashMap<>();
  private final Clock clock;

  public InProcessCacheStore() {
    this(Clock.systemUTC());
  }

  InProcessCacheStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V get(String region, String key, Duration ttl, Supplier<V> loader) {
    var entries = region(region);
    var now = clock.instant();
    var entry = entries.values.get(key);
    if (entry != null && entry.expires.isAfter(now)) {
      entries.hits.increment();
      return (V) entry.value;
    }
    entries.misses.increment();
    var value = loader.get();
    if (entries.values.size() >= MAX_ENTRIES_PER_REGION) {
      entries.values.clear();
    }
    entries.values.put(key, new Entry(value, now.plus(ttl)));
    return value;
  }

  @Override
  public void evict(String region, String key) {
    region(region).values.remove(key);
  }

  @Override
  public void evictAll(String region) {
    region(region).values.clear();
  }

  @Override
  public CacheStatistics statistics(String region) {
    var entries = region(region);
    return new CacheStatistics(entries.hits.sum(), entries.misses.sum());
  }

  private Region region(String name) {
    return regions.computeIfAbsent(name, n -> new Region());
  }

  private record Entry(Object value, Instant expires) {}

  private static final class Region {
    final Map<String, Entry> values = new ConcurrentHashMap<>();
    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
  }
}
