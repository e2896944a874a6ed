package org.meridianshop.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.meridianshop.testing.MovableClock;

class InProcessCacheStoreTest {

  private final MovableClock clock = new MovableClock();
  private final InProcessCacheStore cache = new InProcessCacheStore(clock);
  private final AtomicInteger loads = new AtomicInteger();

  @Test
  void aSecondReadWithinTheTimeToLiveIsServedFromTheCache() {
    assertThat(read("a")).isEqualTo("value 1");
    clock.advance(Duration.ofMinutes(4));
    assertThat(read("a")).isEqualTo("value 1");
    assertThat(cache.statistics("r").hits()).isEqualTo(1);
    assertThat(cache.statistics("r").misses()).isEqualTo(1);
    assertThat(cache.statistics("r").hitRatio()).isEqualTo(0.5);
  }

  @Test
  void aValueIsNeverServedOlderThanItsTimeToLive() {
    read("a");
    clock.advance(Duration.ofMinutes(5));
    assertThat(read("a")).isEqualTo("value 2");
  }

  @Test
  void evictingMakesTheNextReadLoadAgain() {
    read("a");
    read("b");
    cache.evict("r", "a");
    assertThat(read("a")).isEqualTo("value 3");
    assertThat(read("b")).isEqualTo("value 2");
    cache.evictAll("r");
    assertThat(read("b")).isEqualTo("value 4");
  }

  @Test
  void regionsAreSeparate() {
    cache.get("one", "k", Duration.ofMinutes(1), () -> "first");
    assertThat(cache.get("two", "k", Duration.ofMinutes(1), () -> "second")).isEqualTo("second");
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
  void aRegionDoesNotGrowWithoutBound() {
    for (int i = 0; i <= InProcessCacheStore.MAX_ENTRIES_PER_REGION; i++) {
      read("key " + i);
    }
    loads.set(0);
    read("key 0");
    assertThat(loads).hasValue(1);
  }

  private String read(String key) {
    return cache.get("r", key, Duration.ofMinutes(5), () -> "value " + loads.incrementAndGet());
  }
}
