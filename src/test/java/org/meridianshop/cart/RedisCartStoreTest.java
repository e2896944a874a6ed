package org.meridianshop.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridianshop.testing.RedisServer;
import org.redisson.Redisson;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/** The Redis cart store against a real Redis server, with the seed's key layout. */
class RedisCartStoreTest extends CartStoreContract {

  private static RedisServer redis;
  private static RedisCartStore store;

  @BeforeAll
  static void startRedis() {
    redis = RedisServer.start();
    store = new RedisCartStore(redis.client());
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @Override
  CartStore store() {
    return store;
  }

  @Test
  void itemsAreASortedSetPlusTheirDetailsAndExpireAfterAWeek() {
    store.update("user:seed", cart -> cart.add(item("p1", 1, 5)).add(item("p2", 1, 1)));
    var items =
        redis.client().<String>getScoredSortedSet("cart:user:seed:items", StringCodec.INSTANCE);
    assertThat(items.size()).isEqualTo(2);
    assertThat(redis.client().getMap("cart:user:seed:details").isExists()).isTrue();
    var ttl = Duration.ofMillis(items.remainTimeToLive());
    assertThat(ttl).isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
    assertThat(store.load("user:seed").items())
        .extracting(CartItem::productId)
        .containsExactly("p2", "p1");
  }

  @Test
  void aChangeKeepsTheCartsLockForAsLongAsItRunsAndThenReleasesIt() throws Exception {
    // a watchdog timeout of 1 s stands for the lock's lease, outlasted by a slow change (such as
    // one waiting on a frozen database until its socket timeout)
    var config = new Config();
    config.useSingleServer().setAddress(redis.url());
    config.setLockWatchdogTimeout(1_000);
    var client = Redisson.create(config);
    try {
      var slowStore = new RedisCartStore(client);
      var changing =
          CompletableFuture.supplyAsync(
              () ->
                  slowStore.update(
                      "user:slow",
                      cart -> {
                        LockSupport.parkNanos(Duration.ofSeconds(3).toNanos());
                        return cart.add(item("p1", 1, 5));
                      }));
      Thread.sleep(2_500);

      assertThat(client.getLock("cart:user:slow:lock").isLocked()).isTrue();
      assertThat(changing.get(10, TimeUnit.SECONDS).items()).hasSize(1);
      assertThat(client.getLock("cart:user:slow:lock").isLocked()).isFalse();
      assertThat(store.load("user:slow").items())
          .extracting(CartItem::productId)
          .containsExactly("p1");
    } finally {
      client.shutdown();
    }
  }

  @Test
  void totalsAreAHashOfTheCountAndEachAskedSubtotalThatEveryChangeReplaces() {
    var totals =
        redis.client().<String, String>getMap("cart:user:totals:totals", StringCodec.INSTANCE);
    store.update("user:totals", cart -> cart.add(item("p1", 3, 1)));
    assertThat(totals.get("count")).isEqualTo("3");
    assertThat(Duration.ofMillis(totals.remainTimeToLive()))
        .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));

    store.totals("user:totals", USD, CartStoreContract::totalsOf);
    assertThat(totals.get("subtotal:USD")).isEqualTo("29.97");

    store.update("user:totals", cart -> cart.add(item("p2", 1, 2)));
    assertThat(totals.get("count")).isEqualTo("4");
    assertThat(totals.containsKey("subtotal:USD")).isFalse();

    store.delete("user:totals");
    assertThat(totals.isExists()).isFalse();
  }
}
