package org.meridianshop.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.money.Money;
import org.meridianshop.testing.MovableClock;
import org.meridianshop.testing.RedisServer;
import org.redisson.Redisson;
import org.redisson.codec.SerializationCodec;
import org.redisson.config.Config;

/** The Redis adapter against a real Redis server, as two shop servers sharing it see it. */
class RedisCacheStoreTest {

  private static RedisServer redis;
  private RedisCacheStore cache;
  private RedisCacheStore otherServer;
  private final AtomicInteger loads = new AtomicInteger();

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
    cache = new RedisCacheStore(redis.client());
    otherServer = new RedisCacheStore(redis.client());
  }

  /** Shaped like the catalog's views: records in immutable lists and maps, money, decimals. */
  record Shelf(
      String name, List<Item> items, Map<String, String> labels, BigDecimal rating, Instant at)
      implements Serializable {}

  record Item(String sku, Money price) implements Serializable {}

  @Test
  void recordsInListsComeBackAsTheSameTypesAndValues() {
    var shelf =
        new Shelf(
            "audio",
            List.of(new Item("a-1", Money.of("12.5", "USD"))),
            Map.of("colour", "red"),
            new BigDecimal("4.25"),
            Instant.parse("2026-11-24T20:00:00Z"));
    var page = new Page<>(List.of(shelf), 2, 20, 41);
    cache.get("r", "page", Duration.ofMinutes(5), () -> page);

    Page<Shelf> read = otherServer.get("r", "page", Duration.ofMinutes(5), this::unexpectedLoad);
    assertThat(read).isEqualTo(page);
    assertThat(read.items().get(0).items().get(0).price().amount()).isEqualTo("12.50");
  }

  @Test
  void hitsAndMissesAreCountedPerRegion() {
    read("a");
    read("a");
    read("b");
    cache.get("other", "a", Duration.ofMinutes(1), () -> "x");
    assertThat(cache.statistics("r").hits()).isEqualTo(1);
    assertThat(cache.statistics("r").misses()).isEqualTo(2);
    assertThat(cache.statistics("other").misses()).isEqualTo(1);
  }

  @Test
  void aValueIsNeverServedOlderThanItsTimeToLive() throws InterruptedException {
    cache.get("r", "a", Duration.ofMillis(300), () -> "first");
    Thread.sleep(400);
    assertThat(cache.get("r", "a", Duration.ofMillis(300), () -> "second")).isEqualTo("second");
  }

  @Test
  void anEvictionOnOneServerIsSeenByTheOthers() {
    read("a");
    read("b");
    otherServer.evict("r", "a");
    assertThat(read("a")).isEqualTo("value 3");
    assertThat(read("b")).isEqualTo("value 2");
    otherServer.evictAll("r");
    assertThat(read("b")).isEqualTo("value 4");
  }

  @Test
  void evictingARegionLeavesTheOthers() {
    cache.get("one", "k", Duration.ofMinutes(1), () -> "first");
    cache.get("two", "k", Duration.ofMinutes(1), () -> "second");
    cache.evictAll("one");
    assertThat(cache.get("two", "k", Duration.ofMinutes(1), () -> "reloaded")).isEqualTo("second");
    assertThat(redis.client().getKeys().countExists("cache:one", "cache:two")).isEqualTo(1);
  }

  @Test
  void aFailedLoadIsNotCached() {
    try {
      cache.get(
          "r",
          "a",
          Duration.ofMinutes(5),
          () -> {
            throw new IllegalStateException("database down");
          });
    } catch (IllegalStateException expected) {
      // the caller sees the failure
    }
    assertThat(read("a")).isEqualTo("value 1");
  }

  @Test
  void aValueOfAClassOutsideTheShopAndTheJdkValueTypesIsNotRead() {
    redis
        .client()
        .getMapCache("cache:r", new SerializationCodec())
        .put("a", new InetSocketAddress("localhost", 1));
    assertThat(read("a")).isEqualTo("value 1");
    assertThat(cache.statistics("r").misses()).isEqualTo(1);
  }

  @Test
  void whenRedisIsGoneReadsComeFromTheLoaderAndRedisIsLeftAloneForAWhile() {
    var doomed = RedisServer.start();
    var config = new Config();
    config.useSingleServer().setAddress(doomed.url()).setTimeout(500).setRetryAttempts(0);
    var client = Redisson.create(config);
    try {
      var clock = new MovableClock();
      var store = new RedisCacheStore(client, clock);
      doomed.close();
      assertThat(store.get("r", "a", Duration.ofMinutes(1), () -> "loaded")).isEqualTo("loaded");

      var leftAlone = Instant.now();
      assertThat(store.get("r", "a", Duration.ofMinutes(1), () -> "again")).isEqualTo("again");
      assertThat(Duration.between(leftAlone, Instant.now())).isLessThan(Duration.ofMillis(100));
      assertThat(store.statistics("r").misses()).isEqualTo(2);

      clock.advance(RedisCacheStore.BACK_OFF);
      assertThat(store.get("r", "a", Duration.ofMinutes(1), () -> "tried")).isEqualTo("tried");
    } finally {
      client.shutdown();
    }
  }

  private String read(String key) {
    return cache.get("r", key, Duration.ofMinutes(5), () -> "value " + loads.incrementAndGet());
  }

  private <V> V unexpectedLoad() {
    throw new AssertionError("the value should have come from Redis");
  }
}
