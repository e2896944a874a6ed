package org.meridianshop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridianshop.testing.RedisServer;

/** The Redis adapter against a real Redis server: the contract, and what several servers share. */
class RedisRateLimiterTest extends RateLimiterContract {

  private static RedisServer redis;
  private RedisRateLimiter limiter;

  @BeforeAll
  static void startRedis() {
    redis = RedisServer.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @BeforeEach
  void emptyRedis() {
    redis.client().getKeys().flushall();
    limiter = new RedisRateLimiter(redis.client(), clock);
  }

  @Override
  RateLimiter limiter() {
    return limiter;
  }

  @Test
  void serversCountingTheSameKeyAtOnceLoseNoAttempt() throws Exception {
    var limit = new RateLimit("login", 1000, Duration.ofMinutes(10));
    var servers = Executors.newFixedThreadPool(4);
    try {
      var attempts = new ArrayList<Callable<Void>>();
      for (int i = 0; i < 200; i++) {
        attempts.add(
            () -> {
              limiter.record(limit, "ann");
              return null;
            });
      }
      for (var attempt : servers.invokeAll(attempts)) {
        attempt.get();
      }
    } finally {
      servers.shutdown();
    }
    assertThat(redis.client().getScoredSortedSet(RedisRateLimiter.redisKey(limit, "ann")).size())
        .isEqualTo(200);
  }

  @Test
  void aKeyKeepsNoMoreAttemptsThanItsLimitAndExpiresAfterItsWindow() {
    for (int i = 0; i < 10; i++) {
      limiter.record(THREE_IN_TEN_MINUTES, "ann");
    }
    var key = RedisRateLimiter.redisKey(THREE_IN_TEN_MINUTES, "ann");
    assertThat(redis.client().getScoredSortedSet(key).size()).isEqualTo(3);
    assertThat(redis.client().getKeys().remainTimeToLive(key))
        .isBetween(Duration.ofMinutes(9).toMillis(), Duration.ofMinutes(10).toMillis());
  }
}
