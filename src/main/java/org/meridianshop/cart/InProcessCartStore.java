package org.meridianshop.cart;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The embedded cart store: carts in a map of this JVM, forgotten after a week untouched. Totals are
 * kept with the cart they were computed from, so replacing the cart forgets them.
 */
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
    var kept = live(owner);
    return kept == null ? Cart.empty(owner) : kept.cart();
  }

  @Override
  public Cart update(String owner, UnaryOperator<Cart> change) {
    var now = clock.instant();
    var updated =
        carts.compute(
            owner,
            (key, kept) -> {
              var current = kept == null || kept.isIdle(now) ? Cart.empty(owner) : kept.cart();
              return new Kept(change.apply(current), now, new ConcurrentHashMap<>());
            });
    sweepNowAndThen(now);
    return updated.cart();
  }

  @Override
  public void delete(String owner) {
    carts.remove(owner);
  }

  @Override
  public CartTotals totals(String owner, Currency currency, Function<Cart, CartTotals> compute) {
    var kept = live(owner);
    return kept == null
        ? compute.apply(Cart.empty(owner))
        : kept.totals().computeIfAbsent(currency, c -> compute.apply(kept.cart()));
  }

  private Kept live(String owner) {
    var kept = carts.get(owner);
    return kept == null || kept.isIdle(clock.instant()) ? null : kept;
  }

  private synchronized void sweepNowAndThen(Instant now) {
    if (++updatesSinceSweep >= SWEEP_EVERY) {
      updatesSinceSweep = 0;
      carts.values().removeIf(kept -> kept.isIdle(now));
    }
  }

  /** A cart, when it was last changed, and its totals per currency once asked for. */
  private record Kept(Cart cart, Instant touched, Map<Currency, CartTotals> totals) {
    boolean isIdle(Instant now) {
      return !touched.plus(IDLE_LIMIT).isAfter(now);
    }
  }
}
