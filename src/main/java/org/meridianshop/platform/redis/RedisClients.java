package org.meridianshop.platform.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * The shop's one connection pool to Redis. The client is made the first time an adapter asks for
 * it, which the choosers ({@code CacheStores}, {@code RateLimiters}) only do when {@code REDIS_URL}
 * is set; it is shut down with the application. Its default codec is plain strings: whoever stores
 * objects names the codec that writes them, so nothing is ever serialized by accident.
 */
@ApplicationScoped
public class RedisClients {

  private static final Logger LOG = Logger.getLogger(RedisClients.class.getName());

  @Produces
  @ApplicationScoped
  RedissonClient client(RedisSettings settings) {
    var redis = settings.address();
    var config = new Config();
    config.setCodec(StringCodec.INSTANCE);
    // scripts go by their SHA after the first call
    config.setUseScriptCache(true);
    var server =
        config
            .useSingleServer()
            .setAddress(redis.address())
            .setTimeout(2000)
            .setRetryAttempts(2)
            .setConnectionMinimumIdleSize(2)
            .setConnectionPoolSize(32);
    redis.username().ifPresent(server::setUsername);
    redis.password().ifPresent(server::setPassword);
    var client = Redisson.create(config);
    LOG.info(() -> "Connected to Redis at " + redis.address());
    return client;
  }

  void close(@Disposes RedissonClient client) {
    client.shutdown();
  }
}
