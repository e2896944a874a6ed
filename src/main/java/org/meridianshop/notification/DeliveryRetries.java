package org.meridianshop.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * How often and after what pauses a notification that failed for a passing reason is tried again:
 * the pause doubles from {@code firstDelay} up to {@code maxDelay}, until {@code maxAttempts}
 * attempts were made.
 */
public record DeliveryRetries(int maxAttempts, Duration firstDelay, Duration maxDelay) {

  public DeliveryRetries {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** The pause before the next attempt after {@code attempts} failed ones; none when used up. */
  public Optional<Duration> pauseAfter(int attempts) {
    if (attempts >= maxAttempts) {
      return Optional.empty();
    }
    var pause = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 30));
    return Optional.of(pause.compareTo(maxDelay) > 0 ? maxDelay : pause);
  }
}
