package org.meridianshop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.meridianshop.testing.MovableClock;

/** What every rate limiter does, whichever adapter: the tests of both run these. */
abstract class RateLimiterContract {

  static final RateLimit THREE_IN_TEN_MINUTES = new RateLimit("login", 3, Duration.ofMinutes(10));

  final MovableClock clock = new MovableClock();

  abstract RateLimiter limiter();

  @Test
  void aKeyWithNoAttemptsMayTryNow() {
    assertThat(limiter().blockedFor(THREE_IN_TEN_MINUTES, "nobody")).isZero();
  }

  @Test
  void aKeyMayTryUntilItsAttemptsFillTheWindow() {
    record("ann", 2, Duration.ofMinutes(1));
    assertThat(limiter().blockedFor(THREE_IN_TEN_MINUTES, "ann")).isZero();
  }

  @Test
  void aFullWindowBlocksUntilItsOldestAttemptLeavesIt() {
    record("ann", 3, Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(limiter().blockedFor(THREE_IN_TEN_MINUTES, "ann")).isEqualTo(Duration.ofMinutes(7));
    clock.advance(Duration.ofMinutes(7));
    assertThat(limiter().blockedFor(THREE_IN_TEN_MINUTES, "ann")).isZero();
  }

  @Test
  void withMoreAttemptsThanTheLimitTheOldestOfTheLastOnesFreesASlot() {
    var twoInTenMinutes = new RateLimit("login", 2, Duration.ofMinutes(10));
    for (int i = 0; i < 4; i++) {
      limiter().record(twoInTenMinutes, "ann");
      clock.advance(Duration.ofMinutes(1));
    }
    // attempts at minutes 0, 1, 2, 3; now is 4: the one at minute 2 leaves at minute 12
    assertThat(limiter().blockedFor(twoInTenMinutes, "ann")).isEqualTo(Duration.ofMinutes(8));
  }

  @Test
  void attemptsAreForgottenOneWindowLater() {
    record("ann", 3, Duration.ZERO);
    clock.advance(Duration.ofMinutes(10));
    assertThat(limiter().blockedFor(THREE_IN_TEN_MINUTES, "ann")).isZero();
    limiter().record(THREE_IN_TEN_MINUTES, "ann");
    assertThat(limiter().blockedFor(THREE_IN_TEN_MINUTES, "ann")).isZero();
  }

  @Test
  void attemptsInTheSameInstantEachCount() {
    record("ann", 3, Duration.ZERO);
    assertThat(limiter().blockedFor(THREE_IN_TEN_MINUTES, "ann")).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void clearingForgetsTheKeysAttempts() {
    record("ann", 3, Duration.ZERO);
    limiter().clear(THREE_IN_TEN_MINUTES, "ann");
    assertThat(limiter().blockedFor(THREE_IN_TEN_MINUTES, "ann")).isZero();
  }

  @Test
  void keysAndLimitsAreCountedApart() {
    record("ann", 3, Duration.ZERO);
    var sameNameOtherLimit = new RateLimit("password-reset", 3, Duration.ofMinutes(10));
    assertThat(limiter().blockedFor(THREE_IN_TEN_MINUTES, "bob")).isZero();
    assertThat(limiter().blockedFor(sameNameOtherLimit, "ann")).isZero();
  }

  private void record(String key, int attempts, Duration apart) {
    for (int i = 0; i < attempts; i++) {
      if (i > 0) {
        clock.advance(apart);
      }
      limiter().record(THREE_IN_TEN_MINUTES, key);
    }
  }
}
