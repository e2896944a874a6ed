package org.meridianshop.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeferredEvictionsTest {

  private static final Duration ALLOWANCE = Duration.ofMillis(300);

  private final InProcessCacheStore cache = new InProcessCacheStore();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final DeferredEvictions evictions = new DeferredEvictions();

  @BeforeEach
  void wire() {
    evictions.cache = cache;
    evictions.scheduler = scheduler;
  }

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void theRegionKeepsServingUntilTheAllowanceRunsOutThenIsEmptied() throws Exception {
    cached("lists", "a", "old");
    evictions.evictAllWithin("lists", ALLOWANCE);
    assertThat(cached("lists", "a", "new")).isEqualTo("old");
    Thread.sleep(ALLOWANCE.toMillis() + 300);
    assertThat(cached("lists", "a", "new")).isEqualTo("new");
  }

  @Test
  void changesWhileAnEvictionWaitsShareIt() throws Exception {
    cached("lists", "a", "old");
    for (int i = 0; i < 50; i++) {
      evictions.evictAllWithin("lists", ALLOWANCE);
    }
    Thread.sleep(ALLOWANCE.toMillis() + 300);
    cached("lists", "a", "fresh");
    // the 49 later changes rode the first eviction: nothing empties the region again
    Thread.sleep(ALLOWANCE.toMillis() + 300);
    assertThat(cached("lists", "a", "newer")).isEqualTo("fresh");
  }

  @Test
  void aChangeAfterTheEvictionGetsItsOwn() throws Exception {
    evictions.evictAllWithin("lists", ALLOWANCE);
    Thread.sleep(ALLOWANCE.toMillis() + 300);
    cached("lists", "a", "old");
    evictions.evictAllWithin("lists", ALLOWANCE);
    Thread.sleep(ALLOWANCE.toMillis() + 300);
    assertThat(cached("lists", "a", "new")).isEqualTo("new");
  }

  @Test
  void otherRegionsAreLeftAlone() throws Exception {
    cached("search", "q", "kept");
    evictions.evictAllWithin("lists", ALLOWANCE);
    Thread.sleep(ALLOWANCE.toMillis() + 300);
    assertThat(cached("search", "q", "new")).isEqualTo("kept");
  }

  @Test
  void aStoppingServerEvictsAtOnce() {
    cached("lists", "a", "old");
    scheduler.shutdown();
    evictions.evictAllWithin("lists", ALLOWANCE);
    assertThat(cached("lists", "a", "new")).isEqualTo("new");
  }

  private String cached(String region, String key, String loaded) {
    return cache.get(region, key, Duration.ofMinutes(5), () -> loaded);
  }
}
