package org.meridianshop.platform.ratelimit;

import java.time.Duration;

/**
 * A port that counts attempts per key in a sliding window, such as failed logins per account and
 * per client address. The embedded shop counts in this JVM; at scale the counts live in Redis so
 * that every server sees the same attempts.
 */
public interface RateLimiter {

  /** How long the key must still wait before its next attempt; zero when it may try now. */
  Duration blockedFor(RateLimit limit, String key);

  /** Counts one attempt against the key. */
  void record(RateLimit limit, String key);

  /** Forgets the key's attempts, such as after a successful login. */
  void clear(RateLimit limit, String key);
}
