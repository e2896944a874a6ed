package org.meridianshop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.stock.InventoryApi;
import org.meridianshop.testing.RunningShop;

/**
 * The checkout saga from order to outcome, over whichever event transport the shop runs on
 * (Liberty's messaging engine on the embedded default, Kafka on the production wiring): each ending
 * checks the order, its payment, the stock and the cart.
 */
@ExtendWith(RunningShop.class)
class CheckoutSagaIT {

  @Test
  void aPaidOrderIsConfirmedItsStockSoldAndItsItemsLeaveTheCart() {
    var stock = Stock.of(61, 5);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 2);

    var orderId = shopper.placeOrder("pm_card_visa");
    var order = shopper.awaitStatus(orderId, "confirmed");

    assertThat(order.getString("payment.status")).isEqualTo("succeeded");
    assertThat(order.getList("history.status")).containsExactly("pending", "confirmed");
    assertThat(order.getList("history.eventId")).doesNotContainNull();
    assertThat(order.getInt("items[0].quantity")).isEqualTo(2);
    stock.awaitAvailable(3);
    assertThat(stock.onHand()).isEqualTo(3);
    var cart =
        InventoryApi.await(shopper::cart, c -> c.getList("items").isEmpty(), Shopper.SAGA_PATIENCE);
    assertThat(cart.getList("items")).isEmpty();
  }

  @Test
  void aDeclinedCardFailsTheOrderAndPutsTheStockBack() {
    var stock = Stock.of(62, 4);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 3);

    var orderId = shopper.placeOrder("pm_card_chargeDeclined");
    var order = shopper.awaitStatus(orderId, "failed");

    assertThat(order.getString("payment.status")).isEqualTo("failed");
    assertThat(order.getString("payment.failureReason")).contains("declined");
    assertThat(order.getString("history[1].cause")).contains("declined");
    stock.awaitAvailable(4);
    assertThat(stock.onHand()).isEqualTo(4);
    assertThat(shopper.cart().getList("items")).hasSize(1);
  }

  @Test
  void threeDSecureWaitsForTheCustomerThenConfirms() {
    var stock = Stock.of(63, 2);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 1);

    var orderId = shopper.placeOrder("pm_card_threeDSecure2Required");
    var waiting =
        shopper.awaitOrder(orderId, o -> "requires_action".equals(o.getString("payment.status")));
    assertThat(waiting.getString("status")).isEqualTo("pending");
    assertThat(waiting.getString("payment.clientSecret")).isNotBlank();
    assertThat(stock.reserved()).isEqualTo(1);

    PaymentChallenge.answer(waiting, true);

    var order = shopper.awaitStatus(orderId, "confirmed");
    assertThat(order.getString("payment.status")).isEqualTo("succeeded");
    assertThat(order.getString("payment.clientSecret")).isNull();
    stock.awaitAvailable(1);
  }

  @Test
  void aFailedChallengeFailsTheOrder() {
    var stock = Stock.of(64, 2);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 2);

    var orderId = shopper.placeOrder("pm_card_threeDSecure2Required");
    var waiting =
        shopper.awaitOrder(orderId, o -> "requires_action".equals(o.getString("payment.status")));
    PaymentChallenge.answer(waiting, false);

    shopper.awaitStatus(orderId, "failed");
    stock.awaitAvailable(2);
  }

  @Test
  void aReservationThatRunsOutFailsTheOrderAndCancelsTheWaitingPayment() {
    var stock = Stock.of(65, 3);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 1);

    var orderId = shopper.placeOrder("pm_card_threeDSecure2Required");
    var waiting =
        shopper.awaitOrder(orderId, o -> "requires_action".equals(o.getString("payment.status")));
    // the test shop holds reservations for 15 seconds
    var failed = shopper.awaitStatus(orderId, "failed");
    assertThat(failed.getString("history[1].cause")).contains("reservation ran out");

    var order = shopper.awaitOrder(orderId, o -> "cancelled".equals(o.getString("payment.status")));
    assertThat(order.getString("payment.status")).isEqualTo("cancelled");
    stock.awaitAvailable(3);
    // the charge is gone: the customer can no longer complete it
    PaymentChallenge.post(waiting, Map.of("passed", true)).then().statusCode(404);
  }

  @Test
  void aPaymentTheShopLearnsOfOnlyAfterTheReservationRanOutIsRefunded() {
    var stock = Stock.of(71, 3);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 1);

    var orderId = shopper.placeOrder("pm_card_threeDSecure2Required");
    var waiting =
        shopper.awaitOrder(orderId, o -> "requires_action".equals(o.getString("payment.status")));
    PaymentChallenge.passUnheard(waiting);

    shopper.awaitStatus(orderId, "failed");
    var order = shopper.awaitOrder(orderId, o -> "refunded".equals(o.getString("payment.status")));
    assertThat(order.getString("payment.status")).isEqualTo("refunded");
    assertThat(order.getString("status")).isEqualTo("failed");
    stock.awaitAvailable(3);
    assertThat(stock.onHand()).isEqualTo(3);
  }

  @Test
  void cancellingAPaidOrderRefundsItAndRestoresTheStock() {
    var stock = Stock.of(66, 4);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 2);
    var orderId = shopper.placeOrder("pm_card_visa");
    shopper.awaitStatus(orderId, "confirmed");
    stock.awaitAvailable(2);

    shopper
        .api()
        .put("orders/{id}/cancel", orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("cancelled"));

    var order = shopper.awaitOrder(orderId, o -> "refunded".equals(o.getString("payment.status")));
    assertThat(order.getString("payment.status")).isEqualTo("refunded");
    assertThat(order.getList("history.status"))
        .containsExactly("pending", "confirmed", "cancelled");
    stock.awaitAvailable(4);
    assertThat(stock.onHand()).isEqualTo(4);
  }

  @Test
  void cancellingAPendingOrderReleasesItsReservation() {
    var stock = Stock.of(67, 2);
    var shopper = Shopper.register();
    shopper.addToCart(stock.productId(), stock.variantId(), 2);
    var orderId = shopper.placeOrder("pm_card_threeDSecure2Required");
    shopper.awaitOrder(orderId, o -> "requires_action".equals(o.getString("payment.status")));

    shopper.api().put("orders/{id}/cancel", orderId).then().statusCode(200);

    var order = shopper.awaitOrder(orderId, o -> "cancelled".equals(o.getString("payment.status")));
    assertThat(order.getString("payment.status")).isEqualTo("cancelled");
    stock.awaitAvailable(2);
    assertThat(stock.onHand()).isEqualTo(2);
  }
}
