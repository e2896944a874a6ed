package org.meridianshop.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded rate limiter: the times of recent attempts per key, in this JVM. Keys whose attempts
 * have all left the window are dropped as they are seen, so memory follows the attackers of the
 * last window only.
 */
public class InProcessRateLimiter implements RateLimiter {

  private static final int MAX_KEYS = 10_000;

  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
  private final Clock clock;

  public InProcessRateLimiter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Duration blockedFor(RateLimit limit, String key) {
    var now = clock.instant();
    var times = attempts.get(limit.name() + ':' + key);
    if (times == null) {
      return Duration.ZERO;
    }
    synchronized (times) {
      forgetOlderThanWindow(times, limit, now);
      if (times.size() < limit.attempts()) {
        return Duration.ZERO;
      }
      // the attempt that frees a slot is the oldest of the last `attempts` ones
      var freeing = times.stream().skip(times.size() - limit.attempts()).findFirst().orElseThrow();
      return Duration.between(now, freeing.plus(limit.window()));
    }
  }

  @Override
  public void record(RateLimit limit, String key) {
    var now = clock.instant();
    var times = attempts.computeIfAbsent(limit.name() + ':' + key, k -> new ArrayDeque<>());
    synchronized (times) {
      forgetOlderThanWindow(times, limit, now);
      times.addLast(now);
    }
    if (attempts.size() > MAX_KEYS) {
      var prefix = limit.name() + ':';
      attempts
          .entrySet()
          .removeIf(e -> e.getKey().startsWith(prefix) && isStale(e.getValue(), limit, now));
    }
  }

  @Override
  public void clear(RateLimit limit, String key) {
    attempts.remove(limit.name() + ':' + key);
  }

  private static void forgetOlderThanWindow(Deque<Instant> times, RateLimit limit, Instant now) {
    var start = now.minus(limit.window());
    while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
      times.removeFirst();
    }
  }

  private static boolean isStale(Deque<Instant> times, RateLimit limit, Instant now) {
    synchronized (times) {
      forgetOlderThanWindow(times, limit, now);
      return times.isEmpty();
    }
  }
}
