package org.meridianshop.cart;

import java.time.Duration;
import java.util.Currency;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A port for where carts live. The embedded shop keeps them in this JVM; at scale they are in Redis
 * and every server sees the same cart. A cart untouched for {@link #IDLE_LIMIT} is gone.
 */
public interface CartStore {

  Duration IDLE_LIMIT = Duration.ofDays(7);

  /** The owner's cart, empty when there is none. */
  Cart load(String owner);

  /**
   * Changes the owner's cart as one step: no other change to the same cart comes in between. The
   * cart's idle time starts again. Returns the changed cart.
   */
  Cart update(String owner, UnaryOperator<Cart> change);

  void delete(String owner);

  /**
   * The cart's totals in the currency, computed by {@code compute} the first time they are asked
   * for and kept until the cart next changes, so a page header can show them without loading the
   * cart. A change made while they are computed is never hidden by them.
   */
  CartTotals totals(String owner, Currency currency, Function<Cart, CartTotals> compute);
}
