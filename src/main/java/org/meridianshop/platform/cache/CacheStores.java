package org.meridianshop.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.meridianshop.platform.redis.RedisSettings;
import org.redisson.api.RedissonClient;

/**
 * The one place that picks the cache store: Redis when it is configured, else this JVM; either way
 * measured on {@code /metrics}.
 */
@ApplicationScoped
public class CacheStores {

  @Produces
  @ApplicationScoped
  CacheStore cacheStore(
      RedisSettings redis, Instance<RedissonClient> client, MetricRegistry metrics) {
    var store =
        redis.isConfigured() ? new RedisCacheStore(client.get()) : new InProcessCacheStore();
    return new MeteredCacheStore(store, metrics);
  }
}
