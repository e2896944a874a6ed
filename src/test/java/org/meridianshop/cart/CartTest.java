package org.meridianshop.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.meridianshop.platform.errors.BusinessRuleException;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.money.Money;

class CartTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void addingTheSameVariantAgainRaisesItsQuantity() {
    var cart = Cart.empty("user:a").add(item("p1", "v1", 2)).add(item("p1", "v1", 3));
    assertThat(cart.items()).singleElement().extracting(CartItem::quantity).isEqualTo(5);
  }

  @Test
  void aProductMayBeInTheCartTenTimesOverAllItsVariants() {
    var cart = Cart.empty("user:a").add(item("p1", "v1", 6)).add(item("p1", "v2", 4));
    assertThat(cart.quantityOf("p1")).isEqualTo(10);
    assertThatThrownBy(() -> cart.add(item("p1", "v1", 1)))
        .isInstanceOf(BusinessRuleException.class);
    assertThatThrownBy(() -> cart.change(cart.items().get(1).itemId(), 5))
        .isInstanceOf(BusinessRuleException.class);
  }

  @Test
  void quantitiesStartAtOne() {
    var cart = Cart.empty("user:a").add(item("p1", "v1", 1));
    assertThatThrownBy(() -> cart.change(cart.items().get(0).itemId(), 0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> cart.add(item("p2", null, -1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anItemThatIsNotThereIsNotFound() {
    assertThatThrownBy(() -> Cart.empty("user:a").remove("nope"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aGuestCartJoinsTheAccountCartUpToTheLimit() {
    var account = Cart.empty("user:a").add(item("p1", "v1", 8));
    var guest = Cart.empty("guest:g").add(item("p1", "v1", 5)).add(item("p2", null, 1));
    var merged = account.absorb(guest);
    assertThat(merged.quantityOf("p1")).isEqualTo(10);
    assertThat(merged.quantityOf("p2")).isEqualTo(1);
    assertThat(merged.owner()).isEqualTo("user:a");
  }

  private static CartItem item(String product, String variant, int quantity) {
    return new CartItem(
        UUID.randomUUID().toString(),
        product,
        variant,
        "Thing",
        "thing",
        quantity,
        Money.of("9.99", "USD"),
        NOW);
  }
}
