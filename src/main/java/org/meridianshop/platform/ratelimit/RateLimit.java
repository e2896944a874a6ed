package org.meridianshop.platform.ratelimit;

import java.time.Duration;

/**
 * A named budget of attempts: at most {@code attempts} within any {@code window}. The name keeps
 * the counts of different limits apart when their keys look alike.
 */
public record RateLimit(String name, int attempts, Duration window) {

  public RateLimit {
    if (attempts < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A limit needs at least one attempt in a positive window");
    }
  }
}
