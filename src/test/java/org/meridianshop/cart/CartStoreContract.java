package org.meridianshop.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.BusinessRuleException;
import org.meridianshop.platform.money.Money;

/** What every cart store does, whichever adapter it is. */
abstract class CartStoreContract {

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
