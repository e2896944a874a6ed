package org.meridianshop.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InProcessCartStoreTest extends CartStoreContract {

  private final MovableClock clock = new MovableClock();
  private final InProcessCartStore store = new InProcessCartStore(clock);

  @Override
  CartStore store() {
    return store;
  }

  @Test
  void aCartUntouchedForAWeekIsGoneAndActivityKeepsItAlive() {
    store.update("user:a", cart -> cart.add(item("p1", 1, 0)));
    clock.advance(Duration.ofDays(6));
    store.update("user:a", cart -> cart.add(item("p2", 1, 1)));
    clock.advance(Duration.ofDays(6));
    assertThat(store.load("user:a").items()).hasSize(2);
    clock.advance(Duration.ofDays(1));
    assertThat(store.load("user:a").items()).isEmpty();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-24T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
