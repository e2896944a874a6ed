package org.meridianshop.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.BusinessRuleException;
import org.meridianshop.platform.money.Money;

/** What every cart store does, whichever adapter it is. */
abstract class CartStoreContract {

  static final Currency USD = Currency.getInstance("USD");

  abstract CartStore store();

  @Test
  void aCartComesBackAsItWasStoredInTheOrderItemsWereAdded() {
    var owner = "user:" + UUID.randomUUID();
    store().update(owner, cart -> cart.add(item("p1", 2, 1)).add(item("p2", 1, 2)));
    var loaded = store().load(owner);
    assertThat(loaded.items()).extracting(CartItem::productId).containsExactly("p1", "p2");
    assertThat(loaded.items().get(0).unitPrice()).isEqualTo(Money.of("9.99", "USD"));
  }

  @Test
  void aRefusedChangeLeavesTheCartAsItWas() {
    var owner = "user:" + UUID.randomUUID();
    store().update(owner, cart -> cart.add(item("p1", 9, 1)));
    assertThatThrownBy(() -> store().update(owner, cart -> cart.add(item("p1", 2, 2))))
        .isInstanceOf(BusinessRuleException.class);
    assertThat(store().load(owner).quantityOf("p1")).isEqualTo(9);
  }

  @Test
  void concurrentChangesToOneCartLoseNothing() throws Exception {
    var owner = "user:" + UUID.randomUUID();
    var pool = Executors.newFixedThreadPool(8);
    try {
      var adds =
          IntStream.range(0, 40)
              .mapToObj(
                  i -> pool.submit(() -> store().update(owner, c -> c.add(item("p" + i, 1, i)))))
              .toList();
      for (var add : adds) {
        add.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(store().load(owner).items()).hasSize(40);
  }

  @Test
  void aDeletedCartIsEmpty() {
    var owner = "guest:" + UUID.randomUUID();
    store().update(owner, cart -> cart.add(item("p1", 1, 1)));
    store().delete(owner);
    assertThat(store().load(owner).items()).isEmpty();
  }

  @Test
  void totalsAreComputedOnceAndForgottenOnEveryChange() {
    var owner = "user:" + UUID.randomUUID();
    var computed = new AtomicInteger();
    Function<Cart, CartTotals> counted =
        cart -> {
          computed.incrementAndGet();
          return totalsOf(cart);
        };
    store().update(owner, cart -> cart.add(item("p1", 2, 1)));
    assertThat(store().totals(owner, USD, counted)).isEqualTo(totals(2, "19.98"));
    assertThat(store().totals(owner, USD, counted)).isEqualTo(totals(2, "19.98"));
    assertThat(computed).hasValue(1);

    store().update(owner, cart -> cart.add(item("p2", 1, 2)));
    assertThat(store().totals(owner, USD, counted)).isEqualTo(totals(3, "29.97"));
    assertThat(computed).hasValue(2);

    store().delete(owner);
    assertThat(store().totals(owner, USD, counted)).isEqualTo(totals(0, "0.00"));
  }

  @Test
  void eachCurrencyHasItsOwnSubtotal() {
    var owner = "user:" + UUID.randomUUID();
    store().update(owner, cart -> cart.add(item("p1", 1, 1)));
    var euros = new CartTotals(1, Money.of("9.20", "EUR"));
    assertThat(store().totals(owner, USD, CartStoreContract::totalsOf))
        .isEqualTo(totals(1, "9.99"));
    assertThat(store().totals(owner, Currency.getInstance("EUR"), cart -> euros)).isEqualTo(euros);
    assertThat(store().totals(owner, USD, cart -> euros)).isEqualTo(totals(1, "9.99"));
  }

  @Test
  void aChangeMadeWhileTotalsAreComputedIsNotHiddenByThem() {
    var owner = "user:" + UUID.randomUUID();
    store().update(owner, cart -> cart.add(item("p1", 1, 1)));
    var raced =
        store()
            .totals(
                owner,
                USD,
                cart -> {
                  store().update(owner, changed -> changed.add(item("p2", 1, 2)));
                  return totalsOf(cart);
                });
    assertThat(raced).isEqualTo(totals(1, "9.99"));
    assertThat(store().totals(owner, USD, CartStoreContract::totalsOf))
        .isEqualTo(totals(2, "19.98"));
  }

  static CartTotals totalsOf(Cart cart) {
    return new CartTotals(
        cart.itemCount(),
        cart.items().stream()
            .map(item -> item.unitPrice().times(item.quantity()))
            .reduce(Money::plus)
            .orElse(Money.of("0", "USD")));
  }

  static CartTotals totals(int count, String usd) {
    return new CartTotals(count, Money.of(usd, "USD"));
  }

  static CartItem item(String product, int quantity, int secondsAfterStart) {
    return new CartItem(
        UUID.randomUUID().toString(),
        product,
        null,
        "Thing " + product,
        "thing-" + product,
        quantity,
        Money.of("9.99", "USD"),
        Instant.parse("2026-11-24T10:00:00Z").plusSeconds(secondsAfterStart));
  }
}
