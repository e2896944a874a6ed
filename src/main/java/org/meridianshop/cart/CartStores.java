package org.meridianshop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.meridianshop.platform.redis.RedisSettings;
import org.redisson.api.RedissonClient;

/** The one place that picks the cart store: Redis when it is configured, else this JVM. */
@ApplicationScoped
public class CartStores {

  @Produces
  @Singleton
  CartStore cartStore(RedisSettings redis, Instance<RedissonClient> client) {
    return redis.isConfigured()
        ? new RedisCartStore(client.get())
        : new InProcessCartStore(Clock.systemUTC());
  }
}
