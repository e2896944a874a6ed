package org.meridianshop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.meridianshop.customer.PostalAddress;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.money.Money;

class OrderTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void aPaidOrderShipsAndIsDeliveredWithEveryStepInItsHistory() {
    var order = order();
    order.confirm(NOW);
    order.ship("Parcelforce", " PF1 ", NOW);
    order.deliver(NOW);

    assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(order.trackingNumber()).isEqualTo("PF1");
    assertThat(order.history())
        .extracting(OrderStatusChange::status)
        .containsExactly(
            OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
  }

  @Test
  void onlyAPendingOrderIsConfirmedOrFails() {
    var failed = order();
    failed.fail("declined", NOW);
    assertThatThrownBy(() -> failed.confirm(NOW)).isInstanceOf(ConflictException.class);

    var confirmed = order();
    confirmed.confirm(NOW);
    assertThatThrownBy(() -> confirmed.fail("late", NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void cancellingStopsOnceTheOrderHasShipped() {
    var pending = order();
    pending.cancel("changed my mind", NOW);
    assertThat(pending.status()).isEqualTo(OrderStatus.CANCELLED);

    var shipped = order();
    shipped.confirm(NOW);
    shipped.ship("DHL", "JD0001", NOW);
    assertThatThrownBy(() -> shipped.cancel("too late", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("shipped");
  }

  @Test
  void aShipmentNeedsACarrierAndATrackingNumber() {
    var order = order();
    order.confirm(NOW);
    assertThatThrownBy(() -> order.ship(" ", "JD0001", NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> order.ship("DHL", null, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void totalsAddShippingInTheOrdersCurrency() {
    var order = order();
    assertThat(order.total()).isEqualTo(Money.of("2400", "JPY"));
    assertThat(order.totalUsd()).isEqualTo(Money.of("15.82", "USD"));
    assertThat(order.lines().get(0).lineTotal(order.currency())).isEqualTo(Money.of("1640", "JPY"));
  }

  @Test
  void standardShippingIsFreeFromFiftyDollars() {
    assertThat(ShippingMethod.STANDARD.costFor(Money.of("49.99", "USD")))
        .isEqualTo(Money.of("4.99", "USD"));
    assertThat(ShippingMethod.STANDARD.costFor(Money.of("50.00", "USD")))
        .isEqualTo(Money.of("0.00", "USD"));
    assertThat(ShippingMethod.EXPRESS.costFor(Money.of("500", "USD")))
        .isEqualTo(Money.of("14.99", "USD"));
    assertThatThrownBy(() -> ShippingMethod.parse("drone"))
        .isInstanceOf(InvalidInputException.class);
  }

  private static Order order() {
    var yen = Currency.getInstance("JPY");
    var address = new PostalAddress("A", "1 Road", null, "Leeds", null, "LS1 1AA", "GB", null);
    var item =
        new OrderItem(1, 2, "item-1", "Mug", 2, Money.of("820", "JPY"), Money.of("5.41", "USD"));
    var placement =
        new OrderPlacement(
            yen,
            List.of(item),
            Money.of("1640", "JPY"),
            new Money(new BigDecimal("760"), yen),
            Money.of("15.82", "USD"),
            ShippingMethod.EXPRESS,
            "pm_card_visa",
            address,
            address);
    return new Order(
        UUID.randomUUID(), UUID.randomUUID(), "a@example.com", placement, UUID.randomUUID(), NOW);
  }
}
