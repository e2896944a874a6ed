package org.meridianshop.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridianshop.platform.redis.ShopValueCodec;
import org.redisson.api.RMapCache;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisConnectionException;
import org.redisson.client.RedisException;
import org.redisson.client.RedisTimeoutException;

/**
 * The cache at scale: each region is one Redis hash with a time to live per entry (Redisson's
 * {@code RMapCache}, key {@code cache:REGION}), shared by every server, so an eviction on one
 * server is seen by all. Values go through {@link ShopValueCodec}. Hits and misses are counted per
 * server, as each server's own view of how well the region serves it.
 *
 * <p>Redis is a cache here, not a store of record: when it cannot be reached (or holds a value this
 * version cannot read, which the loader's value then replaces), reads fall through to the loader
 * and count as misses, and the failure is logged, rather than failing the shopper's request. After
 * a connection failure or a time-out the store leaves Redis alone for {@link #BACK_OFF}, so an
 * outage costs one slow request (the client's timeout), not every request a slow one. A loader's
 * null is returned but not kept. Evictions do reach Redis or throw.
 */
public class RedisCacheStore implements CacheStore {

  private static final Logger LOG = Logger.getLogger(RedisCacheStore.class.getName());
  static final String KEY_PREFIX = "cache:";
  static final Duration BACK_OFF = Duration.ofSeconds(10);

  private final RedissonClient redis;
  private final ShopValueCodec codec;
  private final Map<String, Region> regions = new ConcurrentHashMap<>();
  private final Clock clock;
  private volatile Instant leftAloneUntil = Instant.MIN;

  public RedisCacheStore(RedissonClient redis) {
    this(redis, Clock.systemUTC());
  }

  RedisCacheStore(RedissonClient redis, Clock clock) {
    this.redis = redis;
    this.clock = clock;
    this.codec = new ShopValueCodec(RedisCacheStore.class.getClassLoader());
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V get(String region, String key, Duration ttl, Supplier<V> loader) {
    var entries = region(region);
    if (clock.instant().isBefore(leftAloneUntil)) {
      entries.misses.increment();
      return loader.get();
    }
    Object cached;
    try {
      cached = entries.values.get(key);
    } catch (RedisConnectionException | RedisTimeoutException e) {
      failed("read from", region, e);
      entries.misses.increment();
      return loader.get();
    } catch (RuntimeException e) {
      // most likely a value that this version cannot read: replaced below
      LOG.log(Level.WARNING, "Unreadable value in cache region " + region + ": " + e);
      cached = null;
    }
    if (cached != null) {
      entries.hits.increment();
      return (V) cached;
    }
    entries.misses.increment();
    var value = loader.get();
    if (value != null) {
      try {
        entries.values.fastPut(key, value, ttl.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RedisConnectionException | RedisTimeoutException e) {
        failed("write to", region, e);
      }
    }
    return value;
  }

  /**
   * Evictions that cannot reach Redis are logged, not thrown: the change that caused them has
   * happened, and the stale entry dies with its time to live.
   */
  @Override
  public void evict(String region, String key) {
    try {
      region(region).values.fastRemove(key);
    } catch (RedisConnectionException | RedisTimeoutException e) {
      failed("evict from", region, e);
    }
  }

  @Override
  public void evictAll(String region) {
    try {
      region(region).values.delete();
    } catch (RedisConnectionException | RedisTimeoutException e) {
      failed("empty", region, e);
    }
  }

  @Override
  public CacheStatistics statistics(String region) {
    var entries = region(region);
    return new CacheStatistics(entries.hits.sum(), entries.misses.sum());
  }

  private Region region(String name) {
    return regions.computeIfAbsent(
        name, n -> new Region(redis.<String, Object>getMapCache(KEY_PREFIX + n, codec)));
  }

  private void failed(String action, String region, RedisException e) {
    leftAloneUntil = clock.instant().plus(BACK_OFF);
    LOG.log(
        Level.WARNING,
        "Could not %s cache region %s in Redis, leaving it alone for %s: %s"
            .formatted(action, region, BACK_OFF, e));
  }

  private static final class Region {
    final RMapCache<String, Object> values;
    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();

    Region(RMapCache<String, Object> values) {
      this.values = values;
    }
  }
}
