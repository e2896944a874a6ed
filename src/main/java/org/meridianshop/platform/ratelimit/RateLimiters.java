package org.meridianshop.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.meridianshop.platform.redis.RedisSettings;
import org.redisson.api.RedissonClient;

/** The one place that picks the rate limiter: Redis when it is configured, else this JVM. */
@ApplicationScoped
public class RateLimiters {

  @Produces
  @Singleton
  RateLimiter rateLimiter(RedisSettings redis, Instance<RedissonClient> client) {
    return redis.isConfigured()
        ? new RedisRateLimiter(client.get(), Clock.systemUTC())
        : new InProcessRateLimiter(Clock.systemUTC());
  }
}
