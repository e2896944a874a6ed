package org.meridianshop.cart;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The embedded cart store: carts in a map of this JVM, forgotten after a week untouched. */
public class InProcessCartStore implements CartStore {

  private static final int SWEEP_EVERY = 1_000;

  private final Map<String, Kept> carts = new ConcurrentHashMap<>();
  private final Clock clock;
  private int updatesSinceSweep;

  public InProcessCartStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Cart load(String owner) {
    var kept = carts.get(owner);
    return kept == null || kept.isIdle(clock.instant()) ? Cart.empty(owner) : kept.cart();
  }

  @Override
  public Cart update(String owner, UnaryOperator<Cart> change) {
    var now = clock.instant();
    var updated =
        carts.compute(
            owner,
            (key, kept) -> {
              var current = kept == null || kept.isIdle(now) ? Cart.empty(owner) : kept.cart();
              return new Kept(change.apply(current), now);
            });
    sweepNowAndThen(now);
    return updated.cart();
  }

  @Override
  public void delete(String owner) {
    carts.remove(owner);
  }

  private synchronized void sweepNowAndThen(Instant now) {
    if (++updatesSinceSweep >= SWEEP_EVERY) {
      updatesSinceSweep = 0;
      carts.values().removeIf(kept -> kept.isIdle(now));
    }
  }

  private record Kept(Cart cart, Instant touched) {
    boolean isIdle(Instant now) {
      return !touched.plus(IDLE_LIMIT).isAfter(now);
    }
  }
}
