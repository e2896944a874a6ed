package org.meridianshop.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.meridianshop.platform.redis.RedisSettings;
import org.redisson.api.RedissonClient;

/** The one place that picks the cache store: Redis when it is configured, else this JVM. */
@ApplicationScoped
public class CacheStores {

  @Produces
  @ApplicationScoped
  CacheStore cacheStore(RedisSettings redis, Instance<RedissonClient> client) {
    return redis.isConfigured() ? new RedisCacheStore(client.get()) : new InProcessCacheStore();
  }
}
