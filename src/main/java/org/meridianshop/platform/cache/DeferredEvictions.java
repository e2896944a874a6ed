package org.meridianshop.platform.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Empties a cache region a while after a change its entries may show but need not show at once.
 * Every change made while one eviction waits shares it, so a stream of small changes (a sale every
 * second) costs one eviction per allowance instead of one per change.
 */
@ApplicationScoped
public class DeferredEvictions {

  /** How long such a change may stay hidden: half the seed's one-minute cache invalidation. */
  public static final Duration ALLOWANCE = Duration.ofSeconds(30);

  private final Set<String> waiting = ConcurrentHashMap.newKeySet();

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ScheduledExecutorService scheduler;

  @Inject CacheStore cache;

  /** Empties the region within {@code allowance}: at once when no eviction can be scheduled. */
  public void evictAllWithin(String region, Duration allowance) {
    if (!waiting.add(region)) {
      return;
    }
    try {
      scheduler.schedule(() -> evictNow(region), allowance.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      evictNow(region); // the server is stopping
    }
  }

  private void evictNow(String region) {
    // leave the queue first, so a change during the eviction schedules the next one
    waiting.remove(region);
    cache.evictAll(region);
  }
}
